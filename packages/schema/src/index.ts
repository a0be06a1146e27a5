// @redflags/schema: the one contract between the engine, the CMS and the site.
export * from './primitives.js';
export * from './rule.js';
export * from './brand.js';
export * from './guide.js';
export * from './reporting-body.js';
export * from './settings.js';
export * from './learned-constants.js';
export * from './scoring-model.js';
export * from './bundle.js';
export * from './result.js';
export * from './site-content.js';
export * from './labelled-message.js';
export * from './issues.js';
export * from './preview.js';
export * from './preview-link.js';
