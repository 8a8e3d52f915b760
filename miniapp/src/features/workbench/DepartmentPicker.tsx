import { Choices } from '../../components/Choices';
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
