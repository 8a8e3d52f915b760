import { Image } from '@tarojs/components';
import { isWeapp } from '../platform';

type Props = { src: string; alt: string; className?: string; mode?: 'aspectFit' | 'aspectFill' | 'widthFix' };

/**
 * An image with its text alternative where each target reads it: the <img> itself on H5 (Taro wraps
 * it in a <div>, so a name on the wrapper would not reach it), aria-label on weapp.
 */
export function Picture({ src, alt, className, mode }: Props) {
  return <Image className={className} src={src} mode={mode} {...(isWeapp() ? { ariaLabel: alt } : { imgProps: { alt } })} />;
}
