/** How long MongoDB may take to answer before start-up fails (the CMS must fail within 6 s). */
export const MONGODB_TIMEOUT_MS = 3000;
