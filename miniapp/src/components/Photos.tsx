import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Action } from './Action';
import { Picture } from './Picture';
import { Problem } from './Messages';
import { keyboardActivation } from '../lib/a11y';
import { PHOTO_TYPES, photoProblem, sizeInWords } from '../lib/photos';
import { isWeapp } from '../platform';
import { choosePhoto, photoFromFile, previewPhotos, type PickedPhoto } from '../platform/photos';

// Photos shown (a project's progress, a question's) and photos chosen to send with a form.

type Photo = { key: string; url: string };

/**
 * Photos in a row. A tap shows one large: WeChat's own viewer on weapp; on H5 the photo opens at full
 * width right here in the page (no pop-up, nothing slides), with a button to close it again.
 */
export function Photos({ photos, what }: { photos: readonly Photo[]; what: string }) {
  const [large, setLarge] = useState<string | null>(null);
  if (!photos.length) return null;
  const alt = (i: number) => `${what}照片 ${i + 1}`;
  const shown = photos.findIndex((p) => p.key === large);
  return (
    <View className="gov-photos">
      <View className="gov-photos__row">
        {photos.map((photo, i) => {
          const open = () => {
            if (!previewPhotos(photos.map((p) => p.url), photo.url)) setLarge(large === photo.key ? null : photo.key);
          };
          return (
            <View
              key={photo.key}
              className="gov-photos__thumb"
              role="button"
              tabIndex={0}
              aria-label={`看大图：${alt(i)}`}
              aria-pressed={isWeapp() ? undefined : large === photo.key}
              onClick={open}
              {...keyboardActivation(open)}
            >
              <Picture className="gov-photos__image" src={photo.url} mode="aspectFill" alt={alt(i)} />
            </View>
          );
        })}
      </View>
      {shown >= 0 && (
        <View className="gov-photos__large" role="group" aria-label={`大图：${alt(shown)}`}>
          <Picture className="gov-photos__large-image" src={photos[shown]!.url} mode="widthFix" alt={`${alt(shown)}（大图）`} />
          <Action kind="plain" onClick={() => setLarge(null)}>
            收起大图
          </Action>
        </View>
      )}
    </View>
  );
}

type ChooserProps = {
  photos: readonly PickedPhoto[];
  onChange: (photos: PickedPhoto[]) => void;
  /** How many may be chosen: one (选择照片) or several (添加照片, one at a time). */
  max: number;
  /** What the photos are for and who will see them. */
  note: string;
  error?: string;
};

/**
 * Photos to send, optional: WeChat's album or camera on weapp, the browser's file chooser on H5.
 * Each chosen photo shows as a thumbnail with its size and a 删除 button; the chooser goes away
 * once `max` are chosen.
 */
export function PhotoChooser({ photos, onChange, max, note, error }: ChooserProps) {
  const [reading, setReading] = useState('');
  const add = (photo: PickedPhoto) => {
    setReading('');
    onChange([...photos, photo].slice(-max));
  };
  const unreadable = () => setReading('没能读取这张照片，请换一张。');
  const chosen = (picked: PickedPhoto | 'closed' | 'refused') => {
    if (typeof picked === 'object') add(picked);
    else setReading(picked === 'refused' ? '您没有同意使用照片，所以没有选上。不加照片也可以提交；要加照片，请再点一次并选“同意”。' : '');
  };
  const choose = max === 1 ? '选择照片' : '添加照片';
  const label = max === 1 ? '照片（可以不选）' : `照片（可以不选，最多 ${max} 张）`;
  return (
    <View className="gov-field" role="group" aria-label={label}>
      <Text className="gov-field__label">{label}</Text>
      <Text className="gov-note">{`${note}手机拍的照片就可以，每张不超过 5 MB。`}</Text>
      {photos.map((photo, i) => (
        <View key={photo.previewUrl} className="gov-photos__row">
          <View className="gov-photos__thumb">
            <Picture className="gov-photos__image" src={photo.previewUrl} mode="aspectFill" alt={`已选的照片 ${i + 1}`} />
          </View>
          <View>
            <Text className="gov-line">{`照片 ${i + 1}：${sizeInWords(photo.bytes)}${PHOTO_TYPES[photo.contentType] ? `，${PHOTO_TYPES[photo.contentType]}` : ''}`}</Text>
            <Problem text={photoProblem(photo)} />
            <Action kind="plain" label={`删除照片 ${i + 1}`} onClick={() => onChange(photos.filter((p) => p !== photo))}>
              删除
            </Action>
          </View>
        </View>
      ))}
      {photos.length < max &&
        (isWeapp() ? (
          <Action kind="plain" onClick={() => void choosePhoto().then(chosen, unreadable)}>
            {choose}
          </Action>
        ) : (
          <label className="gov-action gov-action--plain gov-file">
            {choose}
            <input
              className="gov-file__input"
              type="file"
              accept={Object.keys(PHOTO_TYPES).join(',')}
              aria-label={choose}
              onChange={(e) => {
                const input = e.target;
                const file = input.files?.[0];
                if (file) photoFromFile(file).then(add, unreadable);
                // Emptied, so the same file can be chosen again after 删除.
                input.value = '';
              }}
            />
          </label>
        ))}
      <Problem text={error || reading} />
    </View>
  );
}
