import { describe, expect, it } from 'vitest';
import { zoneAt, type Zone } from '../../../src/lib/controller/drop-targets';

const zone = (id: string, left: number, top: number, more: Partial<Zone> = {}): Zone => ({
  id,
  scale: false,
  horizontal: true,
  left,
  top,
  width: 100,
  height: 50,
  ...more,
});

describe('zoneAt', () => {
  const zones = [
    zone('band-a', 0, 0, { scale: true }),
    zone('band-b', 100, 0, { scale: true }),
    zone('lane-a', 0, 60),
  ];

  it('finds the zone under a point, edges included at the start and excluded at the end', () => {
    expect(zoneAt(zones, 0, 0)?.id).toBe('band-a');
    expect(zoneAt(zones, 99.9, 49.9)?.id).toBe('band-a');
    expect(zoneAt(zones, 100, 10)?.id).toBe('band-b');
    expect(zoneAt(zones, 50, 80)?.id).toBe('lane-a');
  });

  it('finds nothing between or outside the zones', () => {
    expect(zoneAt(zones, 50, 55)).toBeNull();
    expect(zoneAt(zones, -1, 10)).toBeNull();
    expect(zoneAt(zones, 200, 10)).toBeNull();
    expect(zoneAt([], 10, 10)).toBeNull();
  });

  it('gives the fraction along a horizontal band, from its left edge', () => {
    expect(zoneAt(zones, 125, 10)).toEqual({ id: 'band-b', fraction: 0.25 });
  });

  it('gives the fraction up a vertical band, from its bottom edge', () => {
    const column = [zone('band-v', 0, 0, { scale: true, horizontal: false, height: 200 })];
    expect(zoneAt(column, 10, 150)).toEqual({ id: 'band-v', fraction: 0.25 });
    expect(zoneAt(column, 10, 0)).toEqual({ id: 'band-v', fraction: 1 });
  });

  it('has no fraction in a lane: a drop there snaps to the form', () => {
    expect(zoneAt(zones, 10, 70)).toEqual({ id: 'lane-a', fraction: undefined });
  });
});
