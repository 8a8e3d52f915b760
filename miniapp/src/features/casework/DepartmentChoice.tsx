import { View } from '@tarojs/components';
import { Choices } from '../../components/Choices';
import { Problem } from '../../components/Messages';
import { Loaded } from '../../components/States';
import { request } from '../../api/request';
import { KnownDepartmentsDocument } from '../../generated/operations';
import { useRemote } from '../../hooks/use-remote';

/**
 * 问哪个部门 / 向哪个机关申请: the departments GovOpen knows, chosen rather than typed, so an elderly
 * resident need not know a bureau's full name (a name no department works under is refused). The first
 * choice is for whoever does not know whom to ask: `unsure` gives its words and the value it sends,
 * from the district office's name (the list's first); the district office is not offered twice.
 */
export function DepartmentChoice({ label, unsure, chosen, onChoose, error }: {
  label: string;
  unsure: (districtOffice: string) => { value: string; label: string };
  chosen: string;
  onChoose: (department: string) => void;
  error?: string;
}) {
  const known = useRemote(() => request(KnownDepartmentsDocument).then((data) => data.knownDepartments), 'knownDepartments');
  return (
    <View>
      <Loaded remote={known} what="部门名单">
        {([districtOffice = '', ...others]) => (
          <Choices label={label} title={label} options={[unsure(districtOffice), ...others.map((name) => ({ value: name, label: name }))]} chosen={[chosen]} onChoose={onChoose} column />
        )}
      </Loaded>
      <Problem text={error} />
    </View>
  );
}
