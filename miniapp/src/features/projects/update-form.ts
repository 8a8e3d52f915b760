import type { ProjectUpdateInput } from '../../generated/operations';
import { photoProblem } from '../../lib/photos';
import { MONEY_UNREADABLE } from '../../components/MoneyField';

// 报送进展 (staff): the form's rules, the same as the API's (api/src/projects/project-validation.ts),
// so each mistake is said next to its field before anything — a photo above all — is sent.

export type FigureRow = { label: string; value: string; unit: string };
export type UpdateForm = {
  text: string;
  figures: FigureRow[];
  /** Whole 元 from the 万元 field (MoneyField): null when left empty, NaN when it could not be read. */
  spending: number | null;
  photo: { contentType: string; bytes: number } | null;
};
type UpdateErrors = { text?: string; spending?: string; photo?: string; figures?: Record<number, string> };

export const UPDATE_LIMITS = { text: 2000, figures: 10, figureLabel: 30, figureUnit: 10 } as const;
export const EMPTY_FIGURE: FigureRow = { label: '', value: '', unit: '' };

const MAX_YUAN = 1_000_000_000_000;

/** A number as staff type it: full-width digits and thousands separators allowed. */
const toNumber = (raw: string): number | null => {
  const cleaned = raw.normalize('NFKC').replace(/[,，\s]/gu, '');
  return /^-?\d+(\.\d+)?$/u.test(cleaned) ? Number(cleaned) : null;
};

function checkFigure(row: FigureRow): string {
  const label = row.label.trim();
  if (!label) return '请写这项数据的名称，如：已完工小区。';
  if (label.length > UPDATE_LIMITS.figureLabel) return `名称最多 ${UPDATE_LIMITS.figureLabel} 个字。`;
  if (!row.value.trim()) return '请填写数值。';
  const value = toNumber(row.value);
  if (value === null) return '数值要写成数字，如 12 或 8.6。';
  if (Math.abs(value) > 1e12) return '数值太大了。';
  if (row.unit.trim().length > UPDATE_LIMITS.figureUnit) return `单位最多 ${UPDATE_LIMITS.figureUnit} 个字。`;
  return '';
}

/** The problems, field by field (figures by row), or what to send (photo keys are added once uploaded). */
export function checkUpdate(form: UpdateForm): { errors: UpdateErrors; input: Omit<ProjectUpdateInput, 'photos'> | null } {
  const errors: UpdateErrors = {};
  const text = form.text.trim();
  if (!text) errors.text = '请写进展内容：做了什么、到了哪一步。';
  else if (text.length > UPDATE_LIMITS.text) errors.text = `进展内容最多 ${UPDATE_LIMITS.text} 个字。`;

  // A row left wholly empty is just not used.
  const rows = form.figures.map((row, i) => ({ row, i })).filter(({ row }) => row.label.trim() || row.value.trim() || row.unit.trim());
  const figureErrors: Record<number, string> = {};
  for (const { row, i } of rows) {
    const problem = checkFigure(row);
    if (problem) figureErrors[i] = problem;
  }
  if (rows.length > UPDATE_LIMITS.figures) figureErrors[rows[UPDATE_LIMITS.figures]!.i] = `一条进展最多 ${UPDATE_LIMITS.figures} 项数据。`;
  if (Object.keys(figureErrors).length) errors.figures = figureErrors;

  // The field itself refuses a sign or letters (a negative amount is a 更正), so what is left is too much.
  const spending = form.spending;
  if (spending !== null && Number.isNaN(spending)) errors.spending = MONEY_UNREADABLE;
  else if (spending !== null && spending > MAX_YUAN) errors.spending = '资金数额太大了，请检查。';

  if (form.photo) {
    const problem = photoProblem(form.photo);
    if (problem) errors.photo = problem;
  }

  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors,
    input: {
      text,
      figures: rows.map(({ row }) => ({ label: row.label.trim(), value: toNumber(row.value)!, unit: row.unit.trim() || null })),
      spending: spending || null,
    },
  };
}
