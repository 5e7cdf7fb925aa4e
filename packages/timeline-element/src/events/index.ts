export { PlanLoadEvent, type PlanLoadDetail } from './plan-load.js';
export { PlanSelectEvent, type PlanSelectDetail } from './plan-select.js';
export { PlanDeselectEvent, type PlanDeselectDetail } from './plan-deselect.js';
export { PlanErrorEvent, type PlanErrorDetail } from './plan-error.js';
export { PlanViewChangeEvent, type PlanViewChangeDetail } from './plan-view-change.js';
