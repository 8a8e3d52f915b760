import { Choices } from '../../components/Choices';
import { StaffDepartmentsDocument } from '../../generated/operations';
import { useRemote } from '../../hooks/use-remote';
import { staffRequest } from '../../session/staff';

/**
 * A district admin picks the department a piece of work is for (it owns it, lists it, answers for
 * it): the departments it may work for (the `departments` query, which reads no 工作台 figures), the
 * district office first and chosen by default (''), which the API takes as the district office.
 */
export function DepartmentPicker({ label, chosen, onChoose }: { label: string; chosen: string; onChoose: (department: string) => void }) {
  const departments = useRemote(() => staffRequest(StaffDepartmentsDocument).then((data) => data.departments), 'departments');
  if (departments.status !== 'ready' || departments.data.length < 2) return null;
  const [districtOffice] = departments.data;
  return (
    <Choices
      label={label}
      title={label}
      options={departments.data.map((name) => ({ value: name === districtOffice ? '' : name, label: name }))}
      chosen={[chosen === districtOffice ? '' : chosen]}
      onChoose={onChoose}
    />
  );
}
