import { Input, Text, Textarea, View } from '@tarojs/components';
import { isWeapp } from '../platform';

/**
 * A labelled text field: the label above (read out with the field), a hint under the label, one line
 * (`Input`) or several (`lines`), and its problem (`error`) in words right under it. `maxLength` is
 * the API's limit; WeChat's default (140) would cut longer text without a word.
 */
export function TextField(props: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  lines?: boolean;
  type?: 'text' | 'number';
  password?: boolean;
  placeholder?: string;
  error?: string;
}) {
  const { label, hint, value, onChange, maxLength, lines, type = 'text', password, placeholder, error } = props;
  const common = {
    value,
    placeholder,
    maxlength: maxLength,
    onInput: (event: { detail: { value: string } }) => onChange(event.detail.value),
  };
  // On H5 Taro's Textarea is a web component around a real <textarea>: the name must reach that one
  // (nativeProps), not the wrapper.
  const invalid = error ? true : undefined;
  const named = isWeapp() ? { 'aria-label': label, 'aria-invalid': invalid } : { nativeProps: { 'aria-label': label, 'aria-invalid': invalid } };
  return (
    <View className="rating-field">
      <Text className="rating-field__label">{label}</Text>
      {hint && <Text className="rating-field__hint">{hint}</Text>}
      {lines ? (
        <Textarea {...common} {...named} className="gov-input rating-textarea" />
      ) : (
        <Input {...common} aria-label={label} aria-invalid={invalid} className="gov-input" type={type} password={password} />
      )}
      {error && (
        <Text className="rating-error" role="alert">
          {error}
        </Text>
      )}
    </View>
  );
}
