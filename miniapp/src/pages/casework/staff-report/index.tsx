import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Choices } from '../../../components/Choices';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { InformationRequestReportDocument, type StaffMeQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { staffRequest } from '../../../session/staff';
import { currentYear } from '../../../lib/format';
import { DepartmentPicker } from '../../../features/workbench/DepartmentPicker';
import { FiguresTable, KeepCsv } from '../../../features/casework/AnnualFigures';
import '../../../features/casework/casework.scss';

/** The years a report is written for: this one (so far) and the four before. */
const YEARS_SHOWN = 5;

function Figures({ year, department, whose }: { year: number; department: string; whose: string }) {
  const report = useRemote(
    () => staffRequest(InformationRequestReportDocument, { year, department: department || null }).then((d) => d.informationRequestReport),
    `${year}:${department}`,
  );
  return (
    <Loaded remote={report} what={`${year}年的数字`}>
      {(data) => (
        <View>
          <Heading level={2}>{`${whose} ${data.year}年 收到和处理政府信息公开申请情况`}</Heading>
          <FiguresTable report={data} />
          <KeepCsv report={data} fileName={`${whose}${data.year}年政府信息公开申请情况.csv`} />
        </View>
      )}
    </Loaded>
  );
}

function Report({ staff }: { staff: StaffMeQuery['staffMe'] }) {
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear - 1);
  const [department, setDepartment] = useState('');
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i);
  return (
    <View>
      <Choices label="年份" title="哪一年" options={years.map((y) => ({ value: y, label: y === thisYear ? `${y}年（截至今天）` : `${y}年` }))} chosen={[year]} onChoose={setYear} />
      <DepartmentPicker label="部门" title="哪个部门的数字" wholeDistrict="全区合计" chosen={department} onChoose={setDepartment} />
      <Figures year={year} department={department} whose={department || (staff.role === 'DISTRICT_ADMIN' ? '全区' : staff.department)} />
      <Text className="gov-paragraph gov-note">下载的表格按年度报告的格式分列（自然人和五类法人或其他组织），可以直接填入年度报告。上一年的全区数字在第二年1月1日以后向公众公布。</Text>
    </View>
  );
}

/** 年度报告数字: the 依申请公开 figures a 政府信息公开工作年度报告 needs, for any recent year, the department's or (district admins) the district's. */
export default function StaffReportPage() {
  return (
    <Screen label="年度报告数字" wide>
      <Heading level={1}>年度报告数字</Heading>
      <StaffOnly why="供各部门的工作人员编写政府信息公开工作年度报告。" signInHere>
        {(token) => <SignedInStaff token={token}>{(staff) => <Report staff={staff} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
