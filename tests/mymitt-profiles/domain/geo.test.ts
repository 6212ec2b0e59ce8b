import { approximatePosition, boundingBox, haversineMiles, roundMiles } from '../../../plugins/mymitt-profiles/server/src/domain/geo';

const concord = { latitude: 43.2185, longitude: -71.5277 };
const manchester = { latitude: 42.9929, longitude: -71.4633 };
const boston = { latitude: 42.3576, longitude: -71.0684 };
const newYork = { latitude: 40.7484, longitude: -73.9967 };

describe('haversine distance', () => {
  it('is zero from a place to itself and the same both ways', () => {
    expect(haversineMiles(concord, concord)).toBe(0);
    expect(haversineMiles(concord, boston)).toBeCloseTo(haversineMiles(boston, concord), 9);
  });

  it('matches known distances between ZIP centroids', () => {
    expect(roundMiles(haversineMiles(concord, manchester))).toBeCloseTo(15.9, 0);
    expect(haversineMiles(concord, boston)).toBeGreaterThan(62);
    expect(haversineMiles(concord, boston)).toBeLessThan(66);
    expect(haversineMiles(boston, newYork)).toBeGreaterThan(185);
    expect(haversineMiles(boston, newYork)).toBeLessThan(192);
  });

  it('spans half the Earth between antipodes', () => {
    expect(haversineMiles({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 3958.7613, 3);
  });
});

describe('bounding box', () => {
  it('holds every point at the radius, in every direction', () => {
    for (const center of [concord, { latitude: 61.2, longitude: -149.9 }, { latitude: 21.3, longitude: -157.8 }]) {
      const box = boundingBox(center, 50);
      for (let bearing = 0; bearing < 360; bearing += 15) {
        // Walk ~49.9 miles along the bearing (small-distance approximation, which stays inside 50).
        const rad = (bearing * Math.PI) / 180;
        const dLat = (49.9 * Math.cos(rad)) / 69.09;
        const dLng = (49.9 * Math.sin(rad)) / (69.09 * Math.cos(((center.latitude + dLat) * Math.PI) / 180));
        const point = { latitude: center.latitude + dLat, longitude: center.longitude + dLng };
        if (haversineMiles(center, point) > 50) continue;
        expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
        expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
        expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude);
        expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude);
      }
    }
  });

  it('is tight enough to prefilter: New York is outside a 60-mile box around Concord', () => {
    const box = boundingBox(concord, 60);
    expect(newYork.latitude < box.minLatitude || newYork.longitude < box.minLongitude).toBe(true);
    expect(box.maxLatitude - box.minLatitude).toBeCloseTo(120 / 69.09, 2);
  });

  it('spans every longitude across the antimeridian or near a pole', () => {
    expect(boundingBox({ latitude: 52, longitude: 179.5 }, 100)).toMatchObject({ minLongitude: -180, maxLongitude: 180 });
    expect(boundingBox({ latitude: 89.9, longitude: 10 }, 50)).toMatchObject({ maxLatitude: 90, minLongitude: -180, maxLongitude: 180 });
  });
});

describe('approximate position', () => {
  it('rounds to two decimals (about a kilometre)', () => {
    expect(approximatePosition({ latitude: 43.21853, longitude: -71.52774 })).toEqual({ latitude: 43.22, longitude: -71.53 });
  });
});
