import type { Department } from './types.js';

/**
 * Suffixes of organisation names that hold other units (部, 局, 本部, 事務局, 委員会, 庁). `室` is not among
 * them: it names a unit at the level of a 課 (ICT推進室).
 */
export const PARENT_SUFFIX = /(部|局|本部|事務局|委員会|庁)$/;

/**
 * Names that stand for departments rather than name one: `所管課` (the department that has the matter in
 * hand), `関係課`, `関連課`, `担当課`, `各課`, also after a qualifier (`施設所管課`).
 */
const PLACEHOLDER = /(所管課|関係課|関連課|担当課|各課)$/;

/**
 * The names a department in an item's 主務課 answers to, for the department summary, grouping and
 * filtering: its own name, and the units it names in brackets when it stands for them. That is so when
 * its name is a placeholder for the departments in charge (`所管課（税務、国保、介護）`: 税務, 国保 and 介護
 * take part) or an organisation that holds units, ending in 部, 局, 本部, 事務局, 委員会 or 庁
 * (`市民経済部（生環、市民、税務、収納）`: the four lead). The units of a department of its own are parts
 * of it (`総務（人事）`: the 人事 section of 総務), not departments, and are left out. Names stay as written.
 *
 * @param department - a department of an item (as `parseDepartments` reads it)
 * @returns its name first, then the units it stands for, each once
 * @example
 * departmentNames({ name: '所管課', role: 'participating', units: ['税務', '国保', '介護'] })
 * //=> ['所管課', '税務', '国保', '介護']
 * departmentNames({ name: '市民経済部', role: 'primary', units: ['生環', '市民'] })
 * //=> ['市民経済部', '生環', '市民']
 * departmentNames({ name: '総務', role: 'primary', units: ['人事'] })
 * //=> ['総務']
 */
export function departmentNames(department: Pick<Department, 'name' | 'units'>): string[] {
  const { name, units } = department;
  if (units === undefined || units.length === 0 || !(PLACEHOLDER.test(name) || PARENT_SUFFIX.test(name)))
    return [name];
  const names = [name];
  for (const unit of units) if (!names.includes(unit)) names.push(unit);
  return names;
}
