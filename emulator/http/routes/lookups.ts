// Read-only look-ups: locations (v3, and the deprecated v2 list), market codes, partner ports, IX
// types at a location, internet exchange points, cloud key look-ups, MVE images and sizes.
import { IX_TYPES, LOCATIONS, PARTNER_PORTS, PartnerPort } from "../../data/catalogue";
import { locationById } from "../../model/places";
import { locationV2, locationV3 } from "./locationViews";
import { HttpError, ok } from "../http";
import { MVE_IMAGE_GROUPS, MVE_SIZES } from "../../data/mveImages";
import { cloudKeyFor, cloudLookupView } from "../../products/cloudKeys";
import { Route } from "./route";

const CLOUD_LOOKUP_PARTNERS = ["azure", "google", "oracle", "nutanix"];

export const lookupRoutes: Route[] = [
  {
    // Grouped by product, as megaportgo's GetMVEImages reads them.
    method: "GET",
    path: /^\/v4\/product\/mve\/images$/,
    handle: () => ok("MVE images", { mveImages: MVE_IMAGE_GROUPS }),
  },
  {
    method: "GET",
    path: /^\/v3\/product\/mve\/variants$/,
    handle: () => ok("MVE sizes", MVE_SIZES),
  },
  {
    // Public: the Megaport CLI's tests list locations without a token.
    method: "GET",
    path: /^\/v3\/locations$/,
    public: true,
    handle(request) {
      const statuses = request.query.getAll("locationStatuses");
      const list = LOCATIONS.filter((l) => statuses.length === 0 || statuses.includes(l.status));
      return ok("List all public locations", list.map(locationV3));
    },
  },
  {
    // Deprecated, but megaportgo still has it (location_legacy.go) and the port guide uses it.
    method: "GET",
    path: /^\/v2\/locations$/,
    handle: () => ok("List all public locations", LOCATIONS.map(locationV2)),
  },
  {
    // Market codes: each country's `prefix` (megaportgo reads region MP1).
    method: "GET",
    path: /^\/v2\/networkRegions$/,
    handle() {
      const byCountry = new Map<string, { code: string; name: string; prefix: string; siteCount: number }>();
      for (const l of LOCATIONS) {
        const c = byCountry.get(l.country) ?? {
          code: l.country.slice(0, 3).toUpperCase(),
          name: l.country,
          prefix: l.market,
          siteCount: 0,
        };
        c.siteCount++;
        byCountry.set(l.country, c);
      }
      return ok("Network regions", [{ networkRegion: "MP1", countries: [...byCountry.values()] }]);
    },
  },
  {
    method: "GET",
    path: /^\/v2\/ixp$/,
    handle: () =>
      ok(
        "Internet exchange points",
        Object.entries(IX_TYPES).map(([name, t], i) => ({
          id: i + 1,
          asn: Number(t.asn),
          name,
          metro: LOCATIONS.find((l) => l.ixTypes.includes(name))?.metro ?? null,
          ipv4_network: `${t.v4}.0/23`,
          ipv6_network: `${t.v6}::/64`,
        })),
      ),
  },
  {
    method: "GET",
    path: /^\/v2\/dropdowns\/partner\/megaports$/,
    handle: () => ok("All Partner Megaports", PARTNER_PORTS.map(partnerView)),
  },
  {
    method: "GET",
    path: /^\/v2\/product\/ix\/types$/,
    handle(request) {
      const id = Number(request.query.get("locationId"));
      const location = locationById(id);
      if (!location)
        throw new HttpError(400, `Location ${request.query.get("locationId") ?? ""} does not exist`);
      const data = location.ixTypes.map((name) => {
        const t = IX_TYPES[name];
        return {
          secondaryIPv4: `${t.v4}.2`,
          secondaryIPv6: `${t.v6}::2`,
          primaryIPv4: `${t.v4}.1`,
          name,
          state: t.state,
          asn: t.asn,
          primaryIPv6: `${t.v6}::1`,
        };
      });
      return ok(`Available IX types for location ${id}`, data);
    },
  },
  {
    method: "GET",
    path: /^\/v2\/secure\/([A-Za-z]+)\/(.+)$/,
    handle(_request, [partner, key], { store }) {
      const kind = partner.toLowerCase();
      if (!CLOUD_LOOKUP_PARTNERS.includes(kind)) throw new HttpError(404, `Unknown partner ${kind}`);
      const found = cloudKeyFor(kind, decodeURIComponent(key));
      if (!found) throw new HttpError(400, `The ${kind} key was not recognised`);
      return ok("Successful lookup", cloudLookupView(store, found));
    },
  },
];

function partnerView(p: PartnerPort) {
  return {
    connectType: p.connectType,
    productUid: p.productUid,
    title: p.title,
    productName: p.title,
    companyUid: p.companyUid,
    companyName: p.companyName,
    diversityZone: p.diversityZone,
    locationId: p.locationId,
    speed: p.speed,
    rank: p.rank,
    vxcPermitted: p.vxcPermitted,
  };
}
