// @redflags/engine/learn: training the learned scorer (for the CMS and the CLI; the browser only scores).
export { trainScorer, SEVERITY_PRIORS, type TrainedScorer, type TrainingMessage, type TrainOptions } from './train-scorer.js';
export { breakDown, type Breakdown, type Reading } from './measure.js';
export { formatFigures, share } from './format-figures.js';
export { wilsonInterval } from './wilson-interval.js';
