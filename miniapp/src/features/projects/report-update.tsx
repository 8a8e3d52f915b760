import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Heading } from '../../components/Heading';
import { Action, SendAction } from '../../components/Action';
import { Problem } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { Choices } from '../../components/Choices';
import { MoneyField } from '../../components/MoneyField';
import { PhotoChooser } from '../../components/Photos';
import { PostProjectUpdateDocument, RequestPhotoUploadDocument, type ProjectUpdateFieldsFragment } from '../../generated/operations';
import { staffRequest } from '../../session/staff';
import { useSubmit } from '../../hooks/use-submit';
import { useFormCheck } from '../../hooks/use-form-check';
import { dateInWords } from '../../lib/format';
import type { PickedPhoto } from '../../platform/photos';
import { uploadPhotos, type UploadedPhotos } from '../../lib/photos';
import { UPDATE_KIND_WORDS } from './format';
import { checkUpdate, EMPTY_FIGURE, UPDATE_LIMITS, type FigureRow } from './update-form';

function FigureRows({ rows, onChange, errors }: { rows: FigureRow[]; onChange: (rows: FigureRow[]) => void; errors?: Record<number, string> }) {
  const set = (i: number, change: Partial<FigureRow>) => onChange(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  return (
    <View className="gov-field" role="group" aria-label="数据（可以不填）">
      <Text className="gov-field__label">数据（可以不填）</Text>
      <Text className="gov-note">如：已完工小区 12 个、新增泊位 812 个。</Text>
      {rows.map((row, i) => (
        <View className="project-figure-row" key={i} role="group" aria-label={`第 ${i + 1} 项数据`}>
          <TextField label={`第 ${i + 1} 项：名称`} value={row.label} onChange={(label) => set(i, { label })} maxLength={UPDATE_LIMITS.figureLabel} />
          <TextField label={`第 ${i + 1} 项：数值`} value={row.value} onChange={(value) => set(i, { value })} maxLength={20} type="digit" />
          <TextField label={`第 ${i + 1} 项：单位`} value={row.unit} onChange={(unit) => set(i, { unit })} maxLength={UPDATE_LIMITS.figureUnit} />
          <Problem text={errors?.[i]} />
          <Action kind="plain" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {`删除第 ${i + 1} 项`}
          </Action>
        </View>
      ))}
      {rows.length < UPDATE_LIMITS.figures && (
        <Action kind="plain" onClick={() => onChange([...rows, EMPTY_FIGURE])}>
          添加一项数据
        </Action>
      )}
    </View>
  );
}

type UpdateFormProps = {
  projectId: string;
  onPosted: (update: ProjectUpdateFieldsFragment) => void;
  /** 更正: the entry put right; the form starts with its text and figures, and posts with `corrects`. */
  correcting?: ProjectUpdateFieldsFragment;
  onClose?: () => void;
};

/**
 * 报送进展: text, figures, spending and one photo; the photo goes to storage first, then the entry
 * names it. As 更正 it starts from the entry it corrects; its spending is the difference, which may
 * take back what was reported too much (the API never lets the total fall below 0).
 */
export function ReportUpdateForm({ projectId, onPosted, correcting, onClose }: UpdateFormProps) {
  const [text, setText] = useState(correcting?.text ?? '');
  const [figures, setFigures] = useState<FigureRow[]>(() => (correcting?.figures ?? []).map((f) => ({ label: f.label, value: String(f.value), unit: f.unit ?? '' })));
  const [spending, setSpending] = useState<number | null>(null);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [takeBack, setTakeBack] = useState(false);
  const check = useFormCheck(() => checkUpdate({ text, figures, spending, photo: photos[0] ?? null }), true);
  const submit = useSubmit();
  const uploaded = useRef<UploadedPhotos>(new Map());

  const send = () => {
    const input = check.tap();
    if (!input) return;
    if (correcting) Object.assign(input, { corrects: correcting.id, spending: input.spending && takeBack ? -input.spending : input.spending });
    submit.run(async () => {
      const keys = await uploadPhotos(
        photos,
        uploaded.current,
        async (photo) => (await staffRequest(RequestPhotoUploadDocument, { projectId, contentType: photo.contentType, bytes: photo.bytes })).requestPhotoUpload,
        '照片没能上传，请检查网络后再点“发布进展”。',
      );
      const { postProjectUpdate } = await staffRequest(PostProjectUpdateDocument, { projectId, input: { ...input, photos: keys } });
      // The page reads the project again (spending, status) and starts a fresh, empty form.
      onPosted(postProjectUpdate);
    });
  };

  const name = correcting ? `更正${dateInWords(correcting.date)}的${UPDATE_KIND_WORDS[correcting.kind]}` : '报送进展';
  return (
    <View className="project-section" role="region" aria-label={name}>
      <Heading level={correcting ? 3 : 2}>{name}</Heading>
      {correcting && <Text className="gov-note">原来的内容不会删除，会标明“已更正”；居民看到的以这条更正为准。</Text>}
      <TextField
        label={correcting ? '更正后的内容' : '进展内容'}
        hint={correcting ? '写清哪里错了、正确的是什么' : '做了什么、到了哪一步，用居民看得懂的话写'}
        value={text}
        onChange={setText}
        error={check.errors.text}
        maxLength={UPDATE_LIMITS.text}
        lines
      />
      <FigureRows rows={figures} onChange={setFigures} errors={check.errors.figures} />
      {correcting && (
        <Choices
          label="资金怎么更正"
          title="资金怎么更正"
          options={[
            { value: 'add', label: '少报了，补上' },
            { value: 'back', label: '多报了，减去' },
          ]}
          chosen={[takeBack ? 'back' : 'add']}
          onChoose={(value) => setTakeBack(value === 'back')}
        />
      )}
      <MoneyField
        label={correcting ? (takeBack ? '要减去的资金' : '要补上的资金') : '本次使用资金'}
        hint="可以不填；以万元为单位，如 860 或 12.5"
        yuan={spending}
        onChange={setSpending}
        error={check.errors.spending}
      />
      <PhotoChooser photos={photos} onChange={setPhotos} max={1} note="一张现场照片。照片会公开，请不要拍到居民的脸、门牌和车牌。" error={check.errors.photo} />
      <Problem text={check.problem || (submit.error && `没能发布：${submit.error.message}`)} />
      <SendAction busy={submit.busy} busyText="正在发布……" onClick={send}>
        {correcting ? '发布更正' : '发布进展'}
      </SendAction>
      {onClose && (
        <Action kind="plain" onClick={onClose}>
          先不更正
        </Action>
      )}
    </View>
  );
}
