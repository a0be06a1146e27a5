// Constants of the learned scorer that the browser's engine reads, kept apart from the zod schemas so
// importing them does not bring zod into the checker page.

/** The id of the finding the text model adds; no editor's rule may take it. */
export const LEARNED_FINDING_ID = 'reads-like-scam';

/** How the text model turns normalised text into features; a model is read only by the recipe it was trained with. */
export const TEXT_FEATURES_VERSION = 2;
