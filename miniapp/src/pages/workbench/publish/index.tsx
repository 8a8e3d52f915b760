import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Columns } from '../../../components/Columns';
import { Confirm } from '../../../components/Confirm';
import { DateField } from '../../../components/DateTimeFields';
import { Fields } from '../../../components/Fields';
import { Problem, Said } from '../../../components/Messages';
import { Gone, Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import {
  PolicyChecksDocument,
  PolicyToEditDocument,
  PublishPolicyDocument,
  ReadPolicyDocumentDocument,
  UpdatePolicyDocument,
  type PolicyChecksQuery,
  type PolicyInput,
  type PublishPolicyMutation,
  type ReadPolicyDocumentMutation,
  type StaffMeQuery,
} from '../../../generated/operations';
import { useFormCheck } from '../../../hooks/use-form-check';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dayInWords } from '../../../lib/format';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { isWeapp, usePageTitle } from '../../../platform';
import { chooseDocument, documentFromFile, documentProblem, DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, pastedDocument, uploadOf, type PickedDocument } from '../../../platform/documents';
import { staffRequest } from '../../../session/staff';
import { Corrected } from '../../../features/workbench/Corrected';
import { DepartmentPicker } from '../../../features/workbench/DepartmentPicker';
import {
  BODY_MAX,
  DISCLOSURE_WORDS,
  emptyForm,
  FIELD_WORDS,
  checkPolicy,
  formFromPolicy,
  formFromReading,
  NUMBER_MAX,
  policyInputOf,
  readValueInWords,
  sameInput,
  TITLE_MAX,
  type PolicyForm,
  type PolicyFormProblems,
  type PolicyToEdit,
} from '../../../features/workbench/policy-form';
import { interpretationDueInWords } from '../../../features/workbench/interpretation-due';
import '../../../features/workbench/workbench.scss';

type Staff = StaffMeQuery['staffMe'];
type Reading = ReadPolicyDocumentMutation['readPolicyDocument'];
type Checks = PolicyChecksQuery['policyChecks'];
type Published = PublishPolicyMutation['publishPolicy'];

const lineWords = (line: number | null | undefined) => (line ? `，第${line}行` : '');

/** Step 1: the document, from a file or pasted; read by the API's importer as soon as it is chosen. */
function ChooseDocument({ busy, onDocument }: { busy: boolean; onDocument: (document: PickedDocument) => void }) {
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState('');
  const take = (document: PickedDocument | null) => {
    if (!document) return;
    const wrong = documentProblem(document);
    setProblem(wrong);
    if (!wrong) onDocument(document);
  };
  const cannotRead = () => setProblem('没能打开这个文件，请换一个，或把正文粘贴进来。');
  return (
    <View className="gov-card" role="group" aria-label="第一步：上传文件">
      <Heading level={2}>第一步：上传文件</Heading>
      <Text className="gov-note">{`Word（.docx）、PDF、网页（.html）或纯文本（.txt），不超过 ${MAX_DOCUMENT_BYTES / 1024} KB。系统会读出标题、文号、日期、正文和附表，您核对后再发布。`}</Text>
      {isWeapp() ? (
        <Action kind="plain" disabled={busy} onClick={() => void chooseDocument().then(take, cannotRead)}>
          从微信聊天中选择文件
        </Action>
      ) : (
        <input
          className="workbench-file"
          type="file"
          accept={DOCUMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
          aria-label="选择文件"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) documentFromFile(file).then(take, cannotRead);
          }}
        />
      )}
      <TextField label="或者粘贴正文" hint="从别处复制整份文件的文字，连同标题和文号" value={pasted} onChange={setPasted} maxLength={BODY_MAX} lines />
      <SendAction busy={busy} busyText="正在读取……" onClick={() => (pasted.trim() ? take(pastedDocument(pasted)) : setProblem('请先粘贴正文。'))}>
        读取粘贴的正文
      </SendAction>
      <Problem text={problem} />
    </View>
  );
}

/** Step 2: what was read and where each value came from, so the clerk can check it against the document. */
function WhatWasRead({ reading }: { reading: Reading }) {
  return (
    <View className="gov-card" role="group" aria-label="第二步：核对读出的内容">
      <Heading level={2}>第二步：核对读出的内容</Heading>
      {reading.warnings.length > 0 && (
        <View className="workbench-warnings" role="list" aria-label="请留意">
          {reading.warnings.map((warning) => (
            <Text className="workbench-finding workbench-finding--warn" role="listitem" key={warning}>{`⚠ ${warning}`}</Text>
          ))}
        </View>
      )}
      <Fields rows={reading.sources.map((s) => ({ label: FIELD_WORDS[s.field] ?? s.field, value: `${readValueInWords(s.field, s.value)}（${s.source}${lineWords(s.line)}）` }))} />
      {reading.notes.length > 0 && <Fields rows={reading.notes.map((n) => ({ label: n.label, value: `${n.value}${n.line ? `（第${n.line}行）` : ''}` }))} />}
      <Text className="gov-line">{`正文 ${reading.body.length} 字，小标题 ${reading.sections.length} 个，附表 ${reading.tables.length} 张`}</Text>
      {reading.tables.map((table) => (
        <Text className="gov-card__meta" key={table.title}>{`附表「${table.title || '未命名'}」：${table.columns.join('、')}，共 ${table.rows.length} 行`}</Text>
      ))}
    </View>
  );
}

/** Step 3: the fields, corrected by the clerk (the kit's fields: counted, dates in words, side by side on a desk). */
function EditPolicy({ step, form, admin, onChange, problems }: { step: string; form: PolicyForm; admin: boolean; onChange: (form: PolicyForm) => void; problems: PolicyFormProblems }) {
  const set = <K extends keyof PolicyForm>(key: K) => (value: PolicyForm[K]) => onChange({ ...form, [key]: value });
  return (
    <View className="gov-card" role="group" aria-label={step}>
      <Heading level={2}>{step}</Heading>
      {admin && <DepartmentPicker label="为哪个部门发布" chosen={form.department} onChoose={set('department')} />}
      <TextField label="标题" value={form.title} onChange={set('title')} maxLength={TITLE_MAX} counted error={problems.title} />
      <Columns>
        <TextField label="文号（可以不填）" hint="如：X民发〔2026〕9号" value={form.documentNumber} onChange={set('documentNumber')} maxLength={NUMBER_MAX} />
        <TextField label="索引号（可以不填）" value={form.indexNumber} onChange={set('indexNumber')} maxLength={NUMBER_MAX} />
      </Columns>
      <TextField label="发布机构" hint={admin ? '不填就是所选部门的名称' : '不填就是本部门的名称'} value={form.issuer} onChange={set('issuer')} maxLength={NUMBER_MAX} />
      <Columns>
        <DateField label="成文日期" value={form.writtenDate} onChange={set('writtenDate')} optional />
        <DateField label="发布日期" hint="不填就是发布当天" value={form.publishedDate} onChange={set('publishedDate')} optional />
      </Columns>
      <Choices label="公开方式" title="公开方式" options={(['PROACTIVE', 'ON_REQUEST', 'NOT_DISCLOSED'] as const).map((value) => ({ value, label: DISCLOSURE_WORDS[value] }))} chosen={[form.disclosure]} onChoose={set('disclosure')} />
      {form.disclosure !== 'PROACTIVE' && <Text className="gov-note">只有主动公开的文件居民才能看到。</Text>}
      <TextField label="正文" hint="一、（一）、1. 开头的行会成为小标题" value={form.body} onChange={set('body')} maxLength={BODY_MAX} lines error={problems.body} />
    </View>
  );
}

/** The way from a document published already to its 修改. */
const CorrectPublished = ({ id }: { id: string }) => (
  <Action kind="plain" onClick={() => openPage(ROUTES.workbenchPublish, { id })}>
    修改这份文件
  </Action>
);

/**
 * Step 4: the checks' findings: what refuses publishing first, in words; colour and icon only repeat them.
 * A document published already is nothing to mend in the form: it says so, with the way to 修改 that one.
 */
function CheckResults({ checks, verb }: { checks: Checks; verb: '发布' | '保存' }) {
  const alreadyPublished = (finding: Checks['findings'][number]) => verb === '发布' && finding.kind === 'ALREADY_PUBLISHED';
  const blocking = checks.findings.filter((finding) => finding.blocking);
  const verdict = checks.canPublish
    ? checks.findings.length
      ? `✓ 可以${verb}，但请先核对下面几处。`
      : `✓ 检查通过，可以${verb}。`
    : blocking.every(alreadyPublished)
      ? `✕ 不能${verb}：这份文件已经发布过了。`
      : `✕ 还不能${verb}：请先修改标着“必须修改”的地方。`;
  return (
    <View role="status">
      <Text className={`workbench-verdict workbench-verdict--${checks.canPublish ? 'ok' : 'stop'}`}>{verdict}</Text>
      {checks.findings.map((finding, i) => (
        <View className={`workbench-finding workbench-finding--${finding.blocking ? 'stop' : 'warn'}`} key={i} data-testid="finding">
          <Text className="gov-line">{alreadyPublished(finding) ? `✕ ${finding.message}` : `${finding.blocking ? '✕ 必须修改' : '⚠ 请核对'}：${finding.message}`}</Text>
          {finding.excerpt && <Text className="gov-card__meta">{`原文：${finding.excerpt}`}</Text>}
          {alreadyPublished(finding) && finding.policyId && <CorrectPublished id={finding.policyId} />}
        </View>
      ))}
      <Text className="gov-card__meta">{`检查了 ${checks.linksChecked} 个网址。`}</Text>
    </View>
  );
}

/** After publishing: what residents now see, and the last day for its interpretation. */
function Done({ published, onAnother }: { published: Published; onAnother: () => void }) {
  const due = published.interpretationDue;
  return (
    <View className="gov-card" role="status">
      <Heading level={2}>已发布</Heading>
      <Text className="gov-paragraph">{`「${published.title}」已于${dayInWords(published.publishedDate ?? '')}发布，发布机构：${published.issuer ?? ''}。`}</Text>
      {due && <Text className={due.overdue ? 'workbench-count__late' : 'gov-paragraph'}>{`${interpretationDueInWords(due)}。`}</Text>}
      <Action onClick={() => openPage(ROUTES.workbenchInterpret, { id: published.id })}>现在写政策解读</Action>
      <Action kind="plain" onClick={() => openPage(ROUTES.policyDetail, { id: published.id })}>看居民看到的页面</Action>
      <Action kind="plain" onClick={onAnother}>再发布一份</Action>
    </View>
  );
}

/** After a correction (修改): the way to the residents' page and back to the department's list. */
function PolicyCorrected({ policy }: { policy: Pick<Published, 'id' | 'title'> }) {
  return (
    <Corrected heading="已修改" title={policy.title}>
      <Action onClick={() => openPage(ROUTES.policyDetail, { id: policy.id })}>看居民看到的页面</Action>
      <Action kind="plain" onClick={() => openPage(ROUTES.workbenchPolicies)}>回到本部门的政策</Action>
    </Corrected>
  );
}

/**
 * The form and its checks, for a new document (upload, check what was read, correct, check, publish)
 * or, with `editing`, for a published one (correct, check, save after asking).
 */
function Publishing({ staff, editing }: { staff: Staff; editing?: PolicyToEdit }) {
  const admin = staff.role === 'DISTRICT_ADMIN';
  const [reading, setReading] = useState<Reading | null>(null);
  const [form, setForm] = useState<PolicyForm | null>(editing ? formFromPolicy(editing) : null);
  const [checked, setChecked] = useState<{ input: PolicyInput; checks: Checks } | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [corrected, setCorrected] = useState<Pick<Published, 'id' | 'title'> | null>(null);
  // Title and body are asked for from the first tap of 检查 on, on this form (a new one starts unmarked).
  const required = useFormCheck(() => (form ? checkPolicy(form) : { errors: {}, input: null }), true);
  const read = useSubmit();
  const check = useSubmit();
  const publish = useSubmit();

  const readDocument = (document: PickedDocument) =>
    read.run(async () => {
      const { readPolicyDocument } = await staffRequest(ReadPolicyDocumentDocument, { document: uploadOf(document) });
      setReading(readPolicyDocument);
      setForm(formFromReading(readPolicyDocument));
      setChecked(null);
      required.reset();
    });

  if (corrected) return <PolicyCorrected policy={corrected} />;
  if (published)
    return (
      <Done
        published={published}
        onAnother={() => {
          setPublished(null);
          setReading(null);
          setForm(null);
          setChecked(null);
          required.reset();
        }}
      />
    );

  const input = form && policyInputOf(form);
  const current = checked && input && sameInput(checked.input, input) ? checked.checks : null;
  const runChecks = () => {
    const toCheck = required.tap();
    if (!toCheck) return;
    check.run(async () => {
      const { policyChecks } = await staffRequest(PolicyChecksDocument, { input: toCheck, policyId: editing?.id ?? null });
      setChecked({ input: toCheck, checks: policyChecks });
    });
  };
  const send = () => current?.canPublish && input && publish.run(() => staffRequest(PublishPolicyDocument, { input }).then(({ publishPolicy }) => setPublished(publishPolicy)));
  // Saved from the version opened: a change someone made meanwhile is refused, not overwritten.
  const save = () =>
    editing && current?.canPublish && input && publish.run(() => staffRequest(UpdatePolicyDocument, { id: editing.id, input, version: editing.version }).then(({ updatePolicy }) => setCorrected(updatePolicy)));

  return (
    <View>
      {editing ? (
        <Text className="gov-note">改好以后先检查，再保存。文件的部门和效力状态不变。</Text>
      ) : (
        <>
          <Text className="gov-note">{admin ? '全区管理员可以为任何部门发布：在第三步选部门，不选就是区政府办公室。' : `以${staff.department}的名义发布。`}</Text>
          <ChooseDocument busy={read.busy} onDocument={readDocument} />
          <Problem text={read.error && `没能读取：${read.error.message}`} />
          {!form && (
            <Action kind="link" onClick={() => setForm(emptyForm())}>
              没有文件，直接填写
            </Action>
          )}
        </>
      )}
      {reading && <WhatWasRead reading={reading} />}
      {form && input && (
        <>
          <EditPolicy step={editing ? '第一步：修改' : '第三步：修改'} form={form} admin={admin && !editing} onChange={setForm} problems={required.errors} />
          <View className="gov-card" role="group" aria-label={editing ? '第二步：保存前检查' : '第四步：发布前检查'}>
            <Heading level={2}>{editing ? '第二步：保存前检查' : '第四步：发布前检查'}</Heading>
            <Text className="gov-note">检查个人信息（手机号、身份证号、银行卡号）、敏感词、发布机构和正文里的网址。</Text>
            {current ? <CheckResults checks={current} verb={editing ? '保存' : '发布'} /> : checked && <Said text="内容改过了，请重新检查。" />}
            <Problem text={required.problem || check.error?.message} />
            <SendAction busy={check.busy} busyText="正在检查……" onClick={runChecks}>
              {current ? '重新检查' : '检查'}
            </SendAction>
          </View>
          {current?.canPublish && editing && (
            <View className="gov-card" role="group" aria-label="第三步：保存修改">
              <Heading level={2}>第三步：保存修改</Heading>
              {confirming ? (
                <Confirm
                  what="修改"
                  says={`确定修改吗？保存后居民${form.disclosure === 'PROACTIVE' ? '马上看到改过的内容' : '仍然看不到这份文件'}；这次修改会记录下来（谁、什么时候、改了哪些地方）。`}
                  busy={publish.busy}
                  error={publish.error?.message}
                  onConfirm={save}
                  onBack={() => setConfirming(false)}
                />
              ) : (
                <Action onClick={() => setConfirming(true)}>保存修改</Action>
              )}
            </View>
          )}
          {current?.canPublish && !editing && (
            <View className="gov-card" role="group" aria-label="第五步：发布">
              <Heading level={2}>第五步：发布</Heading>
              <Text className="gov-paragraph">{form.disclosure === 'PROACTIVE' ? '发布后居民马上能在政策文件库里看到、搜到。' : '这份文件不是主动公开的，发布后居民看不到。'}</Text>
              <Problem text={publish.error && `没能发布：${publish.error.message}`} />
              <SendAction busy={publish.busy} busyText="正在发布……" onClick={send}>
                发布
              </SendAction>
            </View>
          )}
        </>
      )}
    </View>
  );
}

/** 修改 (本部门的政策 → 修改, ?id=): the policy as published, in the same form; only its department and district admins. */
function Correcting({ staff, id }: { staff: Staff; id: string }) {
  const policy = useRemote(() => staffRequest(PolicyToEditDocument, { id }).then((data) => data.policy), id);
  return (
    <Loaded remote={policy} what="政策文件">
      {(found) =>
        !found ? (
          <Gone>找不到这份政策文件，可能已经删除了。</Gone>
        ) : !found.viewerCan.manage ? (
          <Text className="gov-paragraph">{`「${found.title}」不是${staff.department}的文件，只有发布它的部门和区政府办公室的管理员能修改。`}</Text>
        ) : (
          <Publishing staff={staff} editing={found} />
        )
      }
    </Loaded>
  );
}

/**
 * 发布政策文件 (工作台 → 发布政策文件): upload the document, check what was read, correct it, run the checks, publish.
 * With ?id= it is 修改政策文件: the same form, filled with a published policy, to correct it.
 */
export default function PublishPolicyPage() {
  const id = routeParam(useRouter().params, 'id');
  const title = id ? '修改政策文件' : '发布政策文件';
  usePageTitle(title);
  return (
    <Screen label={title} wide>
      <Heading level={1}>{title}</Heading>
      <StaffOnly why="这是各部门工作人员发布和修改政策文件用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => (id ? <Correcting key={token} staff={staff} id={id} /> : <Publishing staff={staff} />)}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
