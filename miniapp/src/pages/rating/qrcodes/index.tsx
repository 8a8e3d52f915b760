import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Confirm } from '../../../components/Confirm';
import { Empty, Loaded } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { Problem, Said } from '../../../components/Messages';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import {
  CreateServiceDocument,
  DisableServiceDocument,
  EnableServiceDocument,
  ServiceDepartmentsDocument,
  ServiceQrCodesDocument,
  UpdateServiceDocument,
  type ServiceChannel,
  type ServiceDepartmentsQuery,
  type ServiceInput,
  type ServiceQrFieldsFragment,
  type StaffMeQuery,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { routeParam } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { useSubmit } from '../../../hooks/use-submit';
import { channelInWords } from '../../../features/rating/format';
import { CHANNEL_LABELS, codeTitle, departmentsOf, formFieldOf, qrFileName, qrPageAddress, splitWindows, type ServiceField } from '../../../features/rating/qr-codes';
import { copyText, hasDownloads } from '../../../platform';
import { savePng } from '../../../platform/files';
import { Picture } from '../../../components/Picture';
import '../../../features/rating/rating.scss';

type Staff = StaffMeQuery['staffMe'];
type Link = ServiceQrFieldsFragment['ratingLinks'][number];

/** H5: the SVG as the API drew it (a plain link the browser downloads), or a PNG drawn from it. */
function Downloads({ link }: { link: Link }) {
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const png = () => {
    setBusy(true);
    setSaid(null);
    void savePng(link.qrCodeDataUrl, qrFileName(link.caption, 'png')).then((ok) => {
      setBusy(false);
      setSaid(ok ? { ok, text: '已保存 PNG 图片，在浏览器的“下载”里可以找到。' } : { ok, text: '这个浏览器没能生成 PNG 图片，请用“下载矢量图（印刷用）”。' });
    });
  };
  return (
    <View className="rating-qr__actions">
      <a className="gov-action gov-action--plain rating-qr__download" href={link.qrCodeDataUrl} download={qrFileName(link.caption, 'svg')}>
        下载矢量图（印刷用）
      </a>
      <SendAction kind="plain" busy={busy} busyText="正在生成 PNG……" onClick={png}>下载图片（PNG）</SendAction>
      {said && (said.ok ? <Said text={said.text} /> : <Problem text={said.text} />)}
    </View>
  );
}

/** One printable code, large, with what is printed under it; on H5 its downloads. */
function QrCode({ link }: { link: Link }) {
  const alt = `评价二维码：${link.caption}`;
  return (
    <View className="rating-qr" role="group" aria-label={codeTitle(link.window)} data-testid="qr-code">
      <Text className="rating-qr__title">{codeTitle(link.window)}</Text>
      {/* Black on white in every mode: scanners need it (the SVG carries its white quiet zone and the caption). */}
      <Picture className="rating-qr__image" src={link.qrCodeDataUrl} mode="widthFix" alt={alt} />
      <Text className="rating-qr__caption">{`印在二维码下面的字：${link.caption}`}</Text>
      {hasDownloads() && <Downloads link={link} />}
    </View>
  );
}

/** 停用 / 重新启用, confirmed in the page (components/Confirm.tsx). */
function SwitchService({ service, onChanged }: { service: ServiceQrFieldsFragment; onChanged: (service: ServiceQrFieldsFragment, said: string) => void }) {
  const [asking, setAsking] = useState(false);
  const submit = useSubmit();
  const what = service.disabled ? '重新启用' : '停用';
  const confirm = () =>
    submit.run(async () => {
      const changed = service.disabled
        ? (await staffRequest(EnableServiceDocument, { id: service.id })).enableService
        : (await staffRequest(DisableServiceDocument, { id: service.id })).disableService;
      setAsking(false);
      onChanged(changed, changed.disabled ? `“${changed.name}”已停用。` : `“${changed.name}”已重新启用，群众又可以扫码评价了。`);
    });
  if (!asking) {
    return (
      <Action kind="plain" onClick={() => setAsking(true)}>
        {what}
      </Action>
    );
  }
  return (
    <Confirm
      what={what}
      says={
        service.disabled
          ? `确定要重新启用“${service.name}”吗？启用后群众扫它的二维码又可以评价了。`
          : `确定要停用“${service.name}”吗？停用后群众扫它的二维码会看到“这项服务已停用，不能评价了”；以前的评价和统计数字都保留。以后可以重新启用。`
      }
      busy={submit.busy}
      error={submit.error?.message}
      onConfirm={confirm}
      onBack={() => setAsking(false)}
    />
  );
}

/** One service: its channel, 修改 and 停用 / 重新启用, and (while in use) its codes to print. */
function ServiceCodes({ staff, service: listed }: { staff: Staff; service: ServiceQrFieldsFragment }) {
  const [service, setService] = useState(listed);
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState('');
  const changed = (next: ServiceQrFieldsFragment, words: string) => {
    setService(next);
    setEditing(false);
    setSaid(words);
  };
  return (
    <View className="gov-card" role="region" aria-label={service.name} data-testid="qr-service">
      <Heading level={3}>{service.name}</Heading>
      {service.disabled && <Text className="rating-qr__disabled">已停用：群众扫码会看到“这项服务已停用，不能评价了”。以前的评价和统计数字都保留。</Text>}
      <Text className="gov-line">{`办理方式：${channelInWords(service)}`}</Text>
      {service.description && <Text className="gov-card__meta">{service.description}</Text>}
      <Said text={said} />
      {editing ? (
        <ServiceForm staff={staff} department={service.department} editing={service} onSaved={(saved) => changed(saved, `已保存“${saved.name}”的修改。`)} onCancel={() => setEditing(false)} />
      ) : (
        <View className="rating-qr__actions">
          <Action kind="plain" onClick={() => { setEditing(true); setSaid(''); }}>
            修改
          </Action>
          <SwitchService service={service} onChanged={changed} />
        </View>
      )}
      {/* A disabled service's codes only lead to 已停用: not offered for printing. */}
      {!service.disabled && service.ratingLinks.map((link) => <QrCode key={link.window ?? ''} link={link} />)}
    </View>
  );
}

/** weapp: how to keep a code without a download, and the page's H5 address for a computer. */
function OnThePhone({ department, h5Url }: { department: string; h5Url: string | undefined }) {
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const address = h5Url ? qrPageAddress(h5Url, department) : null;
  const copy = () =>
    address &&
    void copyText(address).then((ok) => setSaid(ok ? { ok, text: `已复制：${address}` } : { ok, text: '没能复制，请稍后再试。' }));
  return (
    <View className="gov-notice" role="note">
      <Text className="gov-notice__title">怎样保存和打印</Text>
      <Text className="gov-notice__text">在手机上，把二维码截屏保存就能用。</Text>
      <Text className="gov-notice__text">要打印得清楚，请复制本页的网页版地址，在电脑浏览器里打开，用工作人员账号登录后点“下载矢量图（印刷用）”。</Text>
      {address && (
        <Action kind="plain" onClick={copy}>
          复制网页版地址
        </Action>
      )}
      {said && (said.ok ? <Said text={said.text} className="rating-qr__address" /> : <Problem text={said.text} />)}
    </View>
  );
}

const CHANNELS: ReadonlyArray<ServiceChannel> = ['WINDOW', 'ONLINE', 'HOTLINE'];
const EMPTY_FORM = { name: '', channel: 'WINDOW' as ServiceChannel, windows: '', description: '' };

const formOf = (service: ServiceQrFieldsFragment) => ({ name: service.name, channel: service.channel, windows: service.windows.join('、'), description: service.description ?? '' });

/**
 * 新增服务, or 修改 one (`editing`, pre-filled; its department stays): name, channel, windows (a
 * district admin adding also the department). The API's rules decide; its message is shown under the
 * field it names (a bad 窗口号 with the one typed), anything else under the form.
 */
function ServiceForm({
  staff,
  department,
  editing,
  onSaved,
  onCancel,
}: {
  staff: Staff;
  department: string;
  editing?: ServiceQrFieldsFragment;
  onSaved: (service: ServiceQrFieldsFragment) => void;
  onCancel?: () => void;
}) {
  const admin = staff.role === 'DISTRICT_ADMIN' && !editing;
  const [form, setForm] = useState(editing ? formOf(editing) : EMPTY_FORM);
  const [owner, setOwner] = useState(department);
  const [created, setCreated] = useState('');
  const submit = useSubmit();
  const change = (part: Partial<typeof EMPTY_FORM>) => {
    setForm((f) => ({ ...f, ...part }));
    setCreated('');
  };
  const typedWindows = splitWindows(form.windows);
  const send = () =>
    submit.run(async () => {
      const input: ServiceInput = {
        name: form.name,
        channel: form.channel,
        ...(form.channel === 'WINDOW' ? { windows: typedWindows } : {}),
        description: form.description.trim() || null,
        ...(admin ? { department: owner } : {}),
      };
      if (editing) {
        onSaved((await staffRequest(UpdateServiceDocument, { id: editing.id, input })).updateService);
        return;
      }
      const { createService } = await staffRequest(CreateServiceDocument, { input });
      setForm(EMPTY_FORM);
      setCreated(`已新增“${createService.name}”（${createService.department}），它的二维码在上面的列表里。`);
      onSaved(createService);
    });

  // A refusal about a field not on the form (not expected) is said under the form, never lost.
  const shown: ServiceField[] = ['name', 'channel', 'description', ...(form.channel === 'WINDOW' ? (['windows'] as const) : []), ...(admin ? (['department'] as const) : [])];
  const named = submit.error ? formFieldOf(submit.error.field) : null;
  const failed = named && shown.includes(named.field) ? named : null;
  const fieldError = (field: ServiceField): string | undefined => {
    if (!submit.error || failed?.field !== field) return undefined;
    const typed = field === 'windows' && failed.index !== null ? typedWindows[failed.index] : undefined;
    return typed ? `${submit.error.message}（您填的“${typed}”）` : submit.error.message;
  };
  const title = editing ? `修改“${editing.name}”` : '新增服务';
  return (
    <View className="rating-section" role="form" aria-label={title}>
      <Heading level={editing ? 4 : 2}>{title}</Heading>
      {editing ? (
        <Text className="gov-paragraph">改名称或窗口号后，请重新打印这项服务的二维码（窗口服务每个窗口一个）。以前的评价都保留。</Text>
      ) : (
        <Text className="gov-paragraph">{admin ? '新增的服务属于下面填写的部门。' : `新增的服务属于${staff.department}。`}新增以后，就有它的评价二维码（窗口服务每个窗口一个）。</Text>
      )}
      <TextField label="服务名称" hint="如：最低生活保障申请" value={form.name} onChange={(name) => change({ name })} maxLength={60} error={fieldError('name')} />
      <View className="gov-field">
        <Choices label="办理方式" title="办理方式" options={CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))} chosen={[form.channel]} onChoose={(channel) => change({ channel })} />
        <Problem text={fieldError('channel')} />
      </View>
      {form.channel === 'WINDOW' && (
        <TextField
          label="窗口号"
          hint="几个窗口用顿号隔开，如：1、2、A12。每个窗口都有自己的二维码。"
          value={form.windows}
          onChange={(windows) => change({ windows })}
          maxLength={400}
          error={fieldError('windows')}
        />
      )}
      <TextField label="服务说明（选填）" value={form.description} onChange={(description) => change({ description })} maxLength={500} lines error={fieldError('description')} />
      {admin && <TextField label="所属部门" hint="全区管理员可以为任何部门新增服务。" value={owner} onChange={setOwner} maxLength={60} error={fieldError('department')} />}
      <Problem text={submit.error && !failed && `${editing ? '没能保存' : '没能新增'}：${submit.error.message}`} />
      <Said text={created} />
      <SendAction busy={submit.busy} busyText={editing ? '正在保存……' : '正在新增……'} onClick={send}>{editing ? '保存修改' : '新增服务'}</SendAction>
      {onCancel && (
        <Action kind="plain" onClick={onCancel} disabled={submit.busy}>
          不改了
        </Action>
      )}
    </View>
  );
}

/** A department's services, each with its codes, then 新增服务. */
function DepartmentCodes({ staff, department, onCreated }: { staff: Staff; department: string; onCreated: (service: ServiceQrFieldsFragment) => void }) {
  const [visit, setVisit] = useState(0);
  const list = usePaged((after) => staffRequest(ServiceQrCodesDocument, { department, first: 20, after }).then(({ services }) => pageOf(services)), `${department}:${visit}`);
  const created = (service: ServiceQrFieldsFragment) => {
    if (service.department === department) setVisit((n) => n + 1);
    onCreated(service);
  };
  return (
    <View>
      <Heading level={2}>{`${department}的服务`}</Heading>
      <PagedList list={list} what="服务和二维码" empty="这个部门还没有服务。可以在下面新增。" count={(shown) => `共 ${shown} 项服务`}>
        {(services) => (
          <>
            {!hasDownloads() && <OnThePhone department={department} h5Url={services[0]?.ratingLinks[0]?.h5Url} />}
            {services.map((service) => (
              <ServiceCodes key={service.id} staff={staff} service={service} />
            ))}
          </>
        )}
      </PagedList>
      <ServiceForm key={department} staff={staff} department={department} onSaved={created} />
    </View>
  );
}

/** Every department with services, 100 names a page (a district has a few dozen departments). */
async function loadDepartments(): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const { services }: ServiceDepartmentsQuery = await staffRequest(ServiceDepartmentsDocument, { after });
    names.push(...services.edges.map((e) => e.node.department));
    if (!services.pageInfo.hasNextPage || !services.pageInfo.endCursor) break;
    after = services.pageInfo.endCursor;
  }
  return departmentsOf(names);
}

/** A district admin picks the department first (or comes with ?department=… from a copied address). */
function AnyDepartment({ staff, asked }: { staff: Staff; asked: string }) {
  const [chosen, setChosen] = useState(asked);
  const [added, setAdded] = useState<string[]>([]);
  const departments = useRemote(loadDepartments, staff.username);
  const onCreated = (service: ServiceQrFieldsFragment) => {
    setAdded((a) => [...a, service.department]);
    setChosen(service.department);
  };
  return (
    <Loaded remote={departments} what="部门">
      {(withServices) => (
        <View>
          <View className="rating-section">
            <Heading level={2}>选择部门</Heading>
            {/* The admin's own department (the district office) and one just added may have no services yet. */}
            <Choices label="选择部门" options={departmentsOf([...withServices, staff.department, asked, ...added]).map((value) => ({ value, label: value }))} chosen={chosen ? [chosen] : []} onChoose={setChosen} />
          </View>
          {chosen ? <DepartmentCodes staff={staff} department={chosen} onCreated={onCreated} /> : <Empty>请先选择一个部门，就会列出它的服务和二维码。</Empty>}
        </View>
      )}
    </Loaded>
  );
}

/**
 * 服务二维码 (我的 → 工作人员): the staff member's department's services — a district admin picks the
 * department — each with its channel in words and its printable rating codes, one for the service and
 * one per window, shown large with the caption printed under them. H5 downloads each code (SVG, or
 * PNG drawn in the browser); weapp shows it for a screenshot and copies this page's H5 address.
 * Staff add, change (修改) and 停用 / 重新启用 services here too.
 */
export default function QrCodesPage() {
  const asked = routeParam(useRouter().params, 'department').trim();
  return (
    <Screen label="服务二维码" wide>
      <Heading level={1}>服务二维码（工作人员）</Heading>
      <Text className="gov-paragraph">打印出来贴在窗口旁，群众扫码就能评价这项服务。</Text>
      <StaffOnly why="这是各部门工作人员打印好差评二维码、新增服务用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => (
          <SignedInStaff token={token}>
            {(staff) =>
              staff.role === 'DISTRICT_ADMIN' ? <AnyDepartment staff={staff} asked={asked} /> : <DepartmentCodes staff={staff} department={staff.department} onCreated={() => undefined} />
            }
          </SignedInStaff>
        )}
      </StaffOnly>
    </Screen>
  );
}
