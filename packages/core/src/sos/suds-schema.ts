// Zod schema for a SUDS rating, apart from suds.ts so that the SOS screen can use the scale
// without shipping Zod (see plan/tier-names.ts).
import { z } from 'zod';
import { SUDS_MAX, SUDS_MIN } from './suds';

/** Zod schema for a SUDS rating: a whole number from 0 to 10. */
export const sudsSchema = z
  .number()
  .int({ error: 'A distress rating is a whole number from 0 to 10.' })
  .min(SUDS_MIN, { error: 'A distress rating is a whole number from 0 to 10.' })
  .max(SUDS_MAX, { error: 'A distress rating is a whole number from 0 to 10.' });
