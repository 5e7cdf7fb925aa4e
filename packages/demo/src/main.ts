import '@plan-timeline/timeline-element/define';
