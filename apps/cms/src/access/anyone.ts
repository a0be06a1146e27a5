// Public read access: brands, reporting bodies, media and checker settings are published as they are.
import type { Access } from 'payload';

export const anyone: Access = () => true;
