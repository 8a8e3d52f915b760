import { useState } from 'react';
import { View } from '@tarojs/components';
import { Choices } from '../../components/Choices';
import { TextField } from '../../components/TextField';
import { StaffDepartmentsDocument } from '../../generated/operations';
import { useRemote } from '../../hooks/use-remote';
import { staffRequest } from '../../session/staff';

/**
 * A district admin picks the department a piece of work is for (it owns it, lists it, answers for
 * it): the departments it may work for (the `departments` query, which reads no 工作台 figures), the
 * district office first and chosen by default (''), which the API takes as the district office.
 * With `wholeDistrict`, '' is instead the whole district under that label (figures summed over every
 * department) and the district office is a department like the others.
 */
export function DepartmentPicker({ label, title = label, wholeDistrict, chosen, onChoose }: { label: string; title?: string; wholeDistrict?: string; chosen: string; onChoose: (department: string) => void }) {
  const departments = useRemote(() => staffRequest(StaffDepartmentsDocument).then((data) => data.departments), 'departments');
  if (departments.status !== 'ready' || departments.data.length < 2) return null;
  const [districtOffice] = departments.data;
  const options = wholeDistrict
    ? [{ value: '', label: wholeDistrict }, ...departments.data.map((name) => ({ value: name, label: name }))]
    : departments.data.map((name) => ({ value: name === districtOffice ? '' : name, label: name }));
  return <Choices label={label} title={title} options={options} chosen={[!wholeDistrict && chosen === districtOffice ? '' : chosen]} onChoose={onChoose} />;
}

/** The choice that stands for a department GovOpen does not know yet. */
const NEW_DEPARTMENT = '\u0000new';

/**
 * The department of a new staff account: one GovOpen knows (with staff, or publishing), picked rather
 * than typed, so a typo cannot make a department nobody else is in; or, for a department's first
 * account, its full name typed. '' until chosen.
 */
export function DepartmentOrNew({ chosen, onChoose }: { chosen: string; onChoose: (department: string) => void }) {
  const departments = useRemote(() => staffRequest(StaffDepartmentsDocument).then((data) => data.departments), 'departments');
  const [typing, setTyping] = useState(false);
  const known = departments.status === 'ready' ? departments.data : [];
  const options = [...known.map((name) => ({ value: name, label: name })), { value: NEW_DEPARTMENT, label: '其他部门（第一次建账号）' }];
  const choose = (value: string) => {
    setTyping(value === NEW_DEPARTMENT);
    onChoose(value === NEW_DEPARTMENT ? '' : value);
  };
  return (
    <View>
      <Choices label="部门" title="部门" options={options} chosen={[typing ? NEW_DEPARTMENT : chosen]} onChoose={choose} />
      {typing && <TextField label="部门全称" hint="照部门公章上的名称写，如：区人力资源和社会保障局" value={chosen} onChange={onChoose} maxLength={60} />}
    </View>
  );
}
