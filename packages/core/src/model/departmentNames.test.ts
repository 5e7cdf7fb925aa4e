import { describe, expect, it } from 'vitest';
import { departmentNames } from './departmentNames.js';
import { parseDepartments } from '../plan/parseDepartments.js';

const namesOf = (cell: string) => parseDepartments(cell).map(departmentNames);

describe('departmentNames', () => {
  it('names the departments a placeholder stands for after its own name', () => {
    expect(namesOf('○所管課（税務、国保、介護）')).toEqual([['所管課', '税務', '国保', '介護']]);
    expect(namesOf('◎施設所管課（管財、道公）')).toEqual([['施設所管課', '管財', '道公']]);
    expect(namesOf('○関係課（企画、財政）')).toEqual([['関係課', '企画', '財政']]);
  });

  it('names the units an organisation holds', () => {
    expect(namesOf('◎市民経済部（生環、市民、税務、収納）、公民館')).toEqual([
      ['市民経済部', '生環', '市民', '税務', '収納'],
      ['公民館'],
    ]);
    expect(namesOf('◎教育委員会（生学）')).toEqual([['教育委員会', '生学']]);
  });

  it('leaves out the units of a department of its own, and parents', () => {
    expect(namesOf('◎総務（人事）')).toEqual([['総務']]);
    expect(namesOf('◎市民（市民経済部）')).toEqual([['市民']]);
    expect(namesOf('◎ICT推進室（DX）')).toEqual([['ICT推進室']]);
  });

  it('names each unit once', () => {
    expect(departmentNames({ name: '所管課', units: ['税務', '税務', '所管課'] })).toEqual([
      '所管課',
      '税務',
    ]);
  });
});
