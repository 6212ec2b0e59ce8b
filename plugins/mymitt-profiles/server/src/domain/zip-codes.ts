import zipcodes from 'zipcodes';
import { isUsStateCode, type UsStateCode } from '@mymitt/plugin-kit';

export interface ZipPlace {
  zip: string;
  city: string;
  state: UsStateCode;
  latitude: number;
  longitude: number;
}

export const US_ZIP = /^\d{5}(-\d{4})?$/;

/** City, state and approximate position of a US ZIP (ZIP+4 uses its first five digits), or null. */
export function lookupZip(zip: string): ZipPlace | null {
  if (!US_ZIP.test(zip)) return null;
  const place = zipcodes.lookup(zip.slice(0, 5));
  if (!place || place.country !== 'US' || !isUsStateCode(place.state)) return null;
  return { zip, city: place.city, state: place.state, latitude: place.latitude, longitude: place.longitude };
}
