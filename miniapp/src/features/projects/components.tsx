import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Action } from '../../components/Action';
import { keyboardActivation } from '../../lib/a11y';
import { openPage, ROUTES } from '../../lib/navigation';
import type { ProjectCardFieldsFragment, ProjectStatus } from '../../generated/operations';
import { budgetInWords, progressInWords, STATUS_WORDS, statusAndProgress } from './format';
import { Picture } from '../../components/Picture';
import { Problem } from '../../components/Messages';
import { isWeapp } from '../../platform';
import { choosePhoto, photoFromFile, previewPhotos, type PickedPhoto } from '../../platform/photos';
import { PHOTO_TYPES, photoProblem } from './update-form';

/**
 * The progress bar with its percentage in words beside it (已完成 65%). The bar is for the eye only
 * (hidden from screen readers); the words say the same, so nothing depends on seeing it.
 */
export function ProgressBar({ progress, status }: { progress: number; status: ProjectStatus }) {
  const width = `${Math.max(0, Math.min(100, progress))}%`;
  return (
    <View className="project-progress" data-testid="project-progress">
      <View className="project-progress__track" aria-hidden="true">
        <View className={`project-progress__fill${status === 'DELAYED' ? ' project-progress__fill--late' : ''}`} style={{ width }} />
      </View>
      <Text className="project-progress__words">{status === 'CANCELLED' ? STATUS_WORDS.CANCELLED : progressInWords(progress)}</Text>
    </View>
  );
}

/** 状态：已延期 — status in words, with a ⚠ for a delay (words first, the mark repeats them). */
export function StatusLine({ status }: { status: ProjectStatus }) {
  return (
    <Text className={`project-status${status === 'DELAYED' || status === 'CANCELLED' ? ' project-status--attention' : ''}`} data-testid="project-status">
      {`状态：${status === 'DELAYED' ? '⚠ ' : ''}${STATUS_WORDS[status]}`}
    </Text>
  );
}

/** One project in a list: the whole card opens it; status, progress, lead department and target in words. */
export function ProjectCard({ project, note }: { project: ProjectCardFieldsFragment; note?: string }) {
  const open = () => openPage(ROUTES.projectDetail, { id: project.id });
  return (
    <View className="gov-card gov-card--link project-card" role="link" tabIndex={0} onClick={open} {...keyboardActivation(open)} data-testid="project-card">
      <Text className="gov-card__title">{project.title}</Text>
      {note && <Text className="gov-card__meta">{note}</Text>}
      <StatusLine status={project.status} />
      <ProgressBar progress={project.progress} status={project.status} />
      <Text className="gov-card__meta">{`牵头单位：${project.leadDepartment}`}</Text>
      <Text className="gov-card__meta">{`目标：${project.target.text}`}</Text>
      {project.cancelledReason && <Text className="gov-card__meta">{`取消原因：${project.cancelledReason}`}</Text>}
    </View>
  );
}

/** A sentence for reading a card aloud. */
export const cardSpeech = (project: ProjectCardFieldsFragment) => `${project.title}，${statusAndProgress(project)}，牵头单位${project.leadDepartment}，目标：${project.target.text}。`;

/**
 * 资金安排与使用: two CSS bars (planned as the whole, spent as its share) for the eye, and the same in
 * one sentence under them, which screen readers and 朗读 use (安排 1200 万元，已使用 860 万元，占 72%).
 */
export function BudgetChart({ budget }: { budget: { planned: number; spent: number; spentPercent: number | null } }) {
  const words = budgetInWords(budget);
  const share = budget.planned > 0 ? Math.min(100, Math.round((budget.spent / budget.planned) * 100)) : budget.spent > 0 ? 100 : 0;
  return (
    <View className="project-budget">
      {budget.planned > 0 && (
        <View className="project-budget__chart" aria-hidden="true" data-testid="budget-chart">
          <Text className="project-budget__label">安排</Text>
          <View className="project-budget__track">
            <View className="project-budget__fill project-budget__fill--planned" style={{ width: '100%' }} />
          </View>
          <Text className="project-budget__label">已使用</Text>
          <View className="project-budget__track">
            <View className="project-budget__fill" style={{ width: `${share}%` }} />
          </View>
        </View>
      )}
      <Text className="project-budget__words" data-testid="budget-words">
        {words}
      </Text>
    </View>
  );
}

type Photo = { key: string; url: string };

/**
 * Progress photos. A tap shows one large: WeChat's own viewer on weapp; on H5 the photo opens at full
 * width right here in the page (no pop-up, nothing slides), with a button to close it again.
 */
export function Photos({ photos, what }: { photos: readonly Photo[]; what: string }) {
  const [large, setLarge] = useState<string | null>(null);
  if (!photos.length) return null;
  const alt = (i: number) => `${what}照片 ${i + 1}`;
  const shown = photos.findIndex((p) => p.key === large);
  return (
    <View className="project-photos">
      <View className="project-photos__row">
        {photos.map((photo, i) => {
          const open = () => {
            if (!previewPhotos(photos.map((p) => p.url), photo.url)) setLarge(large === photo.key ? null : photo.key);
          };
          return (
            <View
              key={photo.key}
              className="project-photos__thumb"
              role="button"
              tabIndex={0}
              aria-label={`看大图：${alt(i)}`}
              aria-pressed={isWeapp() ? undefined : large === photo.key}
              onClick={open}
              {...keyboardActivation(open)}
            >
              <Picture className="project-photos__image" src={photo.url} mode="aspectFill" alt={alt(i)} />
            </View>
          );
        })}
      </View>
      {shown >= 0 && (
        <View className="project-photos__large" role="group" aria-label={`大图：${alt(shown)}`}>
          <Picture className="project-photos__large-image" src={photos[shown]!.url} mode="widthFix" alt={`${alt(shown)}（大图）`} />
          <Action kind="plain" onClick={() => setLarge(null)}>
            收起大图
          </Action>
        </View>
      )}
    </View>
  );
}

const sizeInWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** One photo, optional: WeChat's album or camera on weapp, the browser's file chooser on H5. */
export function PhotoChooser({ photo, onChange, error }: { photo: PickedPhoto | null; onChange: (photo: PickedPhoto | null) => void; error?: string }) {
  const weapp = isWeapp();
  const [reading, setReading] = useState('');
  const fromFile = (file: File | undefined) => {
    if (!file) return onChange(null);
    photoFromFile(file).then(onChange, () => setReading('没能读取这张照片，请换一张。'));
  };
  const types = Object.values(PHOTO_TYPES).join('、');
  return (
    <View className="gov-field" role="group" aria-label="照片（可以不选）">
      <Text className="gov-field__label">照片（可以不选）</Text>
      <Text className="gov-note">{`一张现场照片，${types} 格式，不超过 5 MB。照片会公开，请不要拍到居民的脸、门牌和车牌。`}</Text>
      {weapp ? (
        <Action kind="plain" onClick={() => void choosePhoto().then((p) => p && onChange(p), () => setReading('没能读取这张照片，请换一张。'))}>
          {photo ? '换一张照片' : '选择照片'}
        </Action>
      ) : (
        <input
          className="project-file"
          type="file"
          accept={Object.keys(PHOTO_TYPES).join(',')}
          aria-label="选择照片"
          onChange={(e) => fromFile(e.target.files?.[0])}
        />
      )}
      {photo && (
        <View className="project-photos__row">
          <View className="project-photos__thumb">
            <Picture className="project-photos__image" src={photo.previewUrl} mode="aspectFill" alt="已选的照片" />
          </View>
          <View>
            <Text className="gov-line">{`已选：${sizeInWords(photo.bytes)}${PHOTO_TYPES[photo.contentType] ? `，${PHOTO_TYPES[photo.contentType]}` : ''}`}</Text>
            {weapp && (
              <Action kind="link" onClick={() => onChange(null)}>
                不用照片
              </Action>
            )}
          </View>
        </View>
      )}
      <Problem text={error || reading || (photo ? photoProblem(photo) : '')} />
    </View>
  );
}
