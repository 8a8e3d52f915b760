import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Problem } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { TextField } from '../../../components/TextField';
import { MobileField } from '../../../components/MobileField';
import { PhotoChooser } from '../../../components/Photos';
import { request } from '../../../api/request';
import { AskQuestionDocument, RequestQuestionPhotoUploadDocument, type AskQuestionInput } from '../../../generated/operations';
import { uploadPhotos, type UploadedPhotos } from '../../../lib/photos';
import { useCheckedSend } from '../../../hooks/use-checked-send';
import { askForMessages } from '../../../platform/messages';
import { openPage, replacePage, ROUTES } from '../../../lib/navigation';
import { checkQuestion, QUESTION_LIMITS, type QuestionForm } from '../../../features/casework/question-form';
import { DepartmentChoice } from '../../../features/casework/DepartmentChoice';
import '../../../features/casework/casework.scss';

const EMPTY: QuestionForm = { department: '', topic: '', question: '', public: false, mobile: '', photos: [] };

/**
 * 我要留言: a resident asks a department (or 不知道找谁: the district office routes it), with up to 3
 * photos if they like. Signing in comes first; what was typed stays. The photos go to storage first,
 * then the question names them. Sent, the question's own page opens with its answer deadline.
 */
export default function AskPage() {
  const [form, setForm] = useState<QuestionForm>(EMPTY);
  const field = (name: 'department' | 'topic' | 'question' | 'mobile') => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const uploaded = useRef<UploadedPhotos>(new Map());
  const { errors, problem, signInNeeded, busy, go } = useCheckedSend(() => checkQuestion(form), async (input: AskQuestionInput) => {
    // Asked still inside the tap (nothing awaited yet), as WeChat requires; answered before sending, so
    // the answer's message finds the permission already given.
    await askForMessages(['CONSULTATION_ANSWERED']);
    const photos = await uploadPhotos(
      form.photos,
      uploaded.current,
      async (photo) => (await request(RequestQuestionPhotoUploadDocument, { contentType: photo.contentType, bytes: photo.bytes })).requestQuestionPhotoUpload,
      '照片没能上传，请检查网络后再点“提交留言”。',
    );
    const asked = (await request(AskQuestionDocument, { input: { ...input, photos } })).askQuestion;
    await replacePage(ROUTES.caseworkQuestion, { id: asked.id, sent: 1 });
  });

  return (
    <Screen label="我要留言">
      <Heading level={1}>我要留言</Heading>
      <Text className="gov-paragraph">有什么想问政府部门的，写在这里。简单的问题 1 个工作日内答复，答复会通知您，也能在“我的留言”里看到。</Text>
      <DepartmentChoice
        label="问哪个部门"
        unsure={(office) => ({ value: '', label: `不知道找谁（由${office}转给负责的部门）` })}
        chosen={form.department}
        onChoose={field('department')}
        error={errors.department}
      />
      <TextField label="主题（可以不填）" hint="如：养老补贴、小区停车" value={form.topic} onChange={field('topic')} error={errors.topic} maxLength={QUESTION_LIMITS.topic} />
      <TextField label="您的问题" hint="把事情说清楚：什么事、在哪里、想知道什么" value={form.question} onChange={field('question')} error={errors.question} maxLength={QUESTION_LIMITS.question} lines />
      <MobileField optional hint="需要时工作人员给您回电话；别人看不到完整号码" value={form.mobile} onChange={field('mobile')} error={errors.mobile} />
      <PhotoChooser
        photos={form.photos}
        onChange={(photos) => setForm((f) => ({ ...f, photos }))}
        max={QUESTION_LIMITS.photos}
        note="能说明情况的照片，如损坏的设施。只有您和办理的工作人员能看到，不会公开。"
        error={errors.photos}
      />
      <Choices
        label="能否公开"
        title="答复后能否公开这条问答？"
        options={[
          { value: 'yes', label: '同意公开（不显示我的信息）' },
          { value: 'no', label: '不公开' },
        ]}
        chosen={[form.public ? 'yes' : 'no']}
        onChoose={(value) => setForm((f) => ({ ...f, public: value === 'yes' }))}
        column
      />
      <Text className="gov-note">同意公开的，答复后可能作为“高频问答”公开，帮助有同样问题的人；公开时不显示您的姓名和电话，问题里的号码也会遮住。</Text>
      <Problem text={problem} />
      {signInNeeded && <SignInNeeded why="留言要先登录，这样答复才能送到您这里。登录后回到这里，写好的内容还在。" />}
      <SendAction busy={busy} onClick={go}>提交留言</SendAction>
      <View className="gov-step-form">
        <Action kind="plain" onClick={() => openPage(ROUTES.caseworkQuestions)}>
          看我的留言
        </Action>
        <Action kind="plain" onClick={() => openPage(ROUTES.caseworkFaq)}>
          看高频问答（别人问过的）
        </Action>
      </View>
    </Screen>
  );
}
