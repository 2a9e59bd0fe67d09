/**
 * The story's map, drawn at build time: country outlines (Natural Earth 1:110m through the
 * world-atlas package) projected with d3-geo to fit the places the articles name, and a
 * point per place sized by how many articles name it. Static SVG path data: no script, no tiles.
 */
import { geoBounds, geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };

export interface MapPlace {
  readonly id: string;
  readonly coordinates: readonly [number, number];
  readonly weight: number;
}

export interface DrawnMap {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly string[];
  readonly points: readonly { id: string; x: number; y: number; r: number }[];
}

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = (feature(topology, topology.objects.countries) as FeatureCollection).features;
const countryBounds = countries.map((c) => geoBounds(c));

/** Least span of the view in degrees: one town alone still shows its region. */
const MIN_SPAN = 6;

export function drawMap(places: readonly MapPlace[], width = 640, height = 420): DrawnMap | null {
  if (places.length === 0) return null;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const {
    coordinates: [lat, lon],
  } of places) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const padLon = Math.max(MIN_SPAN - (east - west), 0) / 2 + 1;
  const padLat = Math.max(MIN_SPAN - (north - south), 0) / 2 + 1;
  [west, east, south, north] = [west - padLon, east + padLon, south - padLat, north + padLat];
  const frame: Feature<Geometry> = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [west, south],
          [west, north],
          [east, north],
          [east, south],
          [west, south],
        ],
      ],
    },
  };
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    frame,
  );
  const path = geoPath(projection).digits(1);
  const visible = countries.filter((_, i) => {
    const [[w, s], [e, n]] = countryBounds[i] as [[number, number], [number, number]];
    return e >= west && w <= east && n >= south && s <= north;
  });
  const max = Math.max(...places.map((p) => p.weight));
  return {
    width,
    height,
    countries: visible.map((c) => path(c) ?? "").filter((d) => d !== ""),
    points: places.map((p) => {
      const [x, y] = projection([p.coordinates[1], p.coordinates[0]]) ?? [0, 0];
      return {
        id: p.id,
        x: Math.round(x * 10) / 10,
        y: Math.round(y * 10) / 10,
        r: 3 + 9 * Math.sqrt(p.weight / max),
      };
    }),
  };
}
