import { Toggle } from '../../components/Toggle';

/**
 * Whether a list of policies shows repealed ones (已废止) too: one switch in one wording for 政策文件
 * and 搜索, which used to say it two ways (也看已废止的 there, 含已废止 here).
 */
export function RepealedToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <Toggle
      title="含已废止"
      description="已废止的文件平时不列出；开启后一并列出，并标明“已废止”。"
      turnOn="也列出已废止的文件"
      turnOff="不列出已废止的文件"
      on={on}
      onChange={onChange}
    />
  );
}
