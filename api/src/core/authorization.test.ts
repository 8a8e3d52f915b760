import type { Actor } from './actor';
import { authorize, can, departmentFor, residentIdOf, staffResource, type Permission } from './authorization';

const anonymous: Actor = { kind: 'anonymous' };
const expired: Actor = { kind: 'anonymous', tokenProblem: 'expired' };
const wang: Actor = { kind: 'resident', residentId: 'wang' };
const admin: Actor = { kind: 'staff', staffId: 'admin', role: 'DISTRICT_ADMIN', department: '区政府办公室' };
const civilAffairs: Actor = { kind: 'staff', staffId: 'li', role: 'DEPARTMENT_EDITOR', department: '区民政局' };
const finance: Actor = { kind: 'staff', staffId: 'wu', role: 'DEPARTMENT_EDITOR', department: '区财政局' };
const importer: Actor = { kind: 'system', name: 'import' };

const civilAffairsItem = { department: '区民政局' };
const wangsRecord = { residentId: 'wang' };

// Every permission, for every kind of actor: true where allowed.
const MATRIX: Array<[Permission, object, Record<string, boolean>]> = [
  ['policy.manage', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['policy.readUndisclosed', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['project.manage', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['project.report', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['project.manage', { department: '城东街道办事处', otherDepartments: ['区民政局'] }, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['project.report', { department: '区住建局', otherDepartments: ['区民政局'] }, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['proposal.answer', { department: '区政府办公室' }, { anonymous: false, wang: false, admin: true, civilAffairs: false, finance: false, importer: false }],
  ['staff.manage', {}, { anonymous: false, wang: false, admin: true, civilAffairs: false, finance: false, importer: false }],
  ['resident.act', {}, { anonymous: false, wang: true, admin: false, civilAffairs: false, finance: false, importer: false }],
  ['resident.own', wangsRecord, { anonymous: false, wang: true, admin: false, civilAffairs: false, finance: false, importer: false }],
  ['personal.readFull', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['department.work', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['service.manage', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: true, finance: false, importer: false }],
  ['rating.decideAppeal', civilAffairsItem, { anonymous: false, wang: false, admin: true, civilAffairs: false, finance: false, importer: false }],
];
const actors: Record<string, Actor> = { anonymous, wang, admin, civilAffairs, finance, importer };

describe.each(MATRIX)('%s', (permission, resource, expected) => {
  it.each(Object.keys(actors))('for %s', (name) => {
    expect(can(actors[name]!, permission, resource)).toBe(expected[name]);
  });
});

describe('what a refused caller is told', () => {
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return 'allowed';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it('asks someone not signed in to sign in, and says so when the session expired', () => {
    expect(codeOf(() => authorize(anonymous, 'policy.manage', civilAffairsItem))).toBe('UNAUTHENTICATED');
    expect(() => authorize(expired, 'resident.act')).toThrow('登录已过期，请重新登录。');
  });

  it("answers another resident's record as not found, so ids cannot be probed", () => {
    expect(codeOf(() => authorize({ kind: 'resident', residentId: 'li' }, 'resident.own', wangsRecord))).toBe('NOT_FOUND');
  });

  it("forbids an editor another department's work", () => {
    expect(codeOf(() => authorize(finance, 'policy.manage', civilAffairsItem))).toBe('FORBIDDEN');
    expect(codeOf(() => authorize(civilAffairs, 'policy.manage', civilAffairsItem))).toBe('allowed');
  });

  it('lets the departments named with a project act on it, and no one else', () => {
    // Reporting on a project led by 区住建局 with 区民政局 co-operating; managing it names the lead alone.
    expect(codeOf(() => authorize(civilAffairs, 'project.report', { department: '区住建局', otherDepartments: ['区民政局'] }))).toBe('allowed');
    expect(codeOf(() => authorize(civilAffairs, 'project.manage', { department: '区住建局' }))).toBe('FORBIDDEN');
    expect(codeOf(() => authorize(finance, 'project.report', { department: '区住建局', otherDepartments: ['区民政局'] }))).toBe('FORBIDDEN');
    expect(codeOf(() => authorize(wang, 'project.report', { department: '区住建局', otherDepartments: ['区民政局'] }))).toBe('FORBIDDEN');
  });

  it('refuses a department-owned resource without a department to everyone but admins', () => {
    expect(can(civilAffairs, 'policy.manage', {})).toBe(false);
    expect(can(admin, 'policy.manage', {})).toBe(true);
  });
});

describe('residentIdOf', () => {
  it("gives a resident's own id, and refuses everyone else as authorize does", () => {
    expect(residentIdOf(wang)).toBe('wang');
    expect(() => residentIdOf(anonymous)).toThrow('请先登录。');
    expect(() => residentIdOf(civilAffairs)).toThrow('您没有权限进行这项操作。');
    expect(() => residentIdOf(importer)).toThrow('您没有权限进行这项操作。');
  });
});

describe('staffResource, the guard before a staff operation reads what it is about', () => {
  const event = { id: 'e1', department: '区民政局' };
  const guarded = async (actor: Actor, found: typeof event | null = event) => {
    const load = jest.fn(async () => found);
    const outcome = await staffResource(actor, 'department.work', load, '没有找到这个开放日。', (e) => e).then(
      (value) => value.id,
      (error: { extensions: { code: string } }) => error.extensions.code,
    );
    return { outcome, read: load.mock.calls.length > 0 };
  };

  it('refuses anyone but staff before reading, and staff of another department after', async () => {
    expect(await guarded(anonymous)).toEqual({ outcome: 'UNAUTHENTICATED', read: false });
    expect(await guarded(wang)).toEqual({ outcome: 'FORBIDDEN', read: false });
    expect(await guarded(finance)).toEqual({ outcome: 'FORBIDDEN', read: true });
  });

  it('gives its department and admins what it read, and says what was not found', async () => {
    expect(await guarded(civilAffairs)).toEqual({ outcome: 'e1', read: true });
    expect(await guarded(admin)).toEqual({ outcome: 'e1', read: true });
    expect(await guarded(civilAffairs, null)).toEqual({ outcome: 'NOT_FOUND', read: true });
  });

  it('puts something new in the department asked for, else the editor’s own, else the district office', () => {
    expect(departmentFor(civilAffairs, null, '区政府办公室')).toBe('区民政局');
    expect(departmentFor(civilAffairs, '区财政局', '区政府办公室')).toBe('区财政局');
    expect(departmentFor(admin, undefined, '区政府办公室')).toBe('区政府办公室');
  });
});
