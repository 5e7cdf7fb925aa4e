export type * from './model/types.js';
export { diagnosticMessage, type MessageLang } from './model/diagnosticMessage.js';
export { errorMessage } from './model/errorMessage.js';

// Text: numerals and width normalisation
export { normalizeText } from './text/normalizeText.js';
export { readKanjiNumber, type KanjiNumber } from './text/readKanjiNumber.js';

// Eras (和暦)
export { ERAS, type Era, type EraId } from './era/eras.js';
export { resolveEra, type EraRecord } from './era/resolveEra.js';
export { fromWareki } from './era/fromWareki.js';
export { toWareki, type Wareki } from './era/toWareki.js';
export { formatWareki, type WarekiStyle } from './era/formatWareki.js';

// Fiscal years and ISO calendar dates
export { fiscalYearOf } from './fiscal/fiscalYearOf.js';
export { fiscalYearRange, type FiscalYearRange } from './fiscal/fiscalYearRange.js';
export { monthsOfFiscalYear } from './fiscal/monthsOfFiscalYear.js';
export { readFiscalYear, type FiscalYearText } from './fiscal/readFiscalYear.js';
export { fiscalYearEra, type FiscalYearEraOptions } from './fiscal/fiscalYearEra.js';
export {
  formatFiscalYear,
  type FiscalYearStyle,
  type FormatFiscalYearOptions,
} from './fiscal/formatFiscalYear.js';
export { toIsoDate } from './fiscal/toIsoDate.js';
export { parseIsoDate, type CalendarDate } from './fiscal/parseIsoDate.js';
export { lastDayOfMonth } from './fiscal/lastDayOfMonth.js';
export { addDays } from './fiscal/addDays.js';
export { calendarDateOf, type CalendarDateOptions } from './fiscal/calendarDateOf.js';

// Schedules: スケジュール text → spans, recurrences, notes; dated mentions in prose
export { parseSchedule, type ScheduleOptions } from './schedule/parseSchedule.js';
export { parseDateMentions, type DateMentions } from './schedule/parseDateMentions.js';
export { isReadableYear } from './schedule/readDatePoint.js';
export { findUncovered } from './schedule/coverage.js';

// Layout: Plan + grouping + filter → rows for a timeline
export * from './layout/index.js';

// Plan documents: validation against the Plan shape (plan.schema.json)
export { validatePlan, type PlanProblem, type ValidatePlanOptions } from './plan/validatePlan.js';

// Plan documents: reading the seed's layout, CSV/TSV and JSON into a Plan
export { parsePlan, type ParsePlanOptions } from './plan/parsePlan.js';
export { readPlanInSteps, type PlanReading } from './plan/readPlanInSteps.js';
export { detectFormat, type PlanFormat } from './plan/detectFormat.js';
export { decodeBytes, type DecodedText, type TextEncodingName } from './plan/decodeBytes.js';
export { parseDepartments } from './plan/parseDepartments.js';
export { readReferences } from './plan/readReferences.js';
export { readTargets } from './plan/readTargets.js';
export { summarizeDepartments } from './plan/summarizeDepartments.js';
export { departmentNames } from './model/departmentNames.js';
export { htmlToText } from './text/htmlToText.js';

// Export: CSV (Excel), iCalendar, JSON
export { toCSV, CSV_HEADER, type ToCSVOptions } from './export/toCSV.js';
export { toICS, type ToICSOptions } from './export/toICS.js';
export { toJSON, type ToJSONOptions } from './export/toJSON.js';
export { formatDepartment, formatDepartments } from './export/formatDepartments.js';
export { isolateDirection } from './export/isolateDirection.js';
