// The emulator's fixed world: data centres, partner (cloud) ports, IX types, cloud-partner keys and
// base prices: data only (look-ups are in model/places.ts, pricing in model/pricing.ts). Shapes follow the live API as megaportgo reads it (GET /v3/locations, partner dropdown, /v2/secure
// lookups); ids, names and keys that appear in Megaport's v2 API reference are kept so that the
// reference's own examples run against the emulator.

export const OUR_COMPANY = {
  companyUid: "18f1ad83-0d75-41b2-99b7-b5ffe225a0d9",
  companyName: "Megaport Lab",
  companyId: 1153,
};

/** A company the account manages (megaportgo managed_account.go): a partner acts for it by
 * sending its UID in X-Call-Context. */
export interface Company {
  companyUid: string;
  companyName: string;
}
export const MANAGED_COMPANIES: readonly (Company & { accountRef: string })[] = [
  {
    companyUid: "5c6e1f0a-8b2d-4e3f-9a71-2d4c6b8e0f13",
    companyName: "Harbour Logistics",
    accountRef: "HL-0042",
  },
];

export interface ZoneOffer {
  megaportSpeedMbps: number[];
  mcrSpeedMbps: number[];
}

export interface CatalogueLocation {
  id: number;
  name: string;
  metro: string;
  market: string;
  country: string;
  city: string;
  state: string | null;
  street: string;
  postcode: string;
  latitude: number;
  longitude: number;
  status: "Active" | "Deployment" | "Restricted";
  zones: { red: ZoneOffer; blue: ZoneOffer };
  ixTypes: string[];
  /** Where a document names them (the port-creation guide's location 89); otherwise derived. */
  dataCentre?: { id: number; name: string };
  siteCode?: string;
}

const PORTS_ALL = [1000, 10000, 100000];
/** Where 400 Gbps ports are offered (Equinix SY1 and DC2 in this world). */
const PORTS_400 = [1000, 10000, 100000, 400000];
const PORTS_1_10 = [1000, 10000];
const MCR_ALL = [1000, 2500, 5000, 10000, 25000, 50000, 100000];
const MCR_SMALL = [1000, 2500, 5000, 10000];

function zones(red: ZoneOffer, blue: ZoneOffer = red) {
  return { red, blue };
}

/** Where several locations are: their metro, market, country, city and state, said once. */
const SYDNEY = { metro: "Sydney", market: "AU", country: "Australia", city: "Sydney", state: "NSW" };
const ASHBURN = { metro: "Ashburn", market: "US", country: "USA", city: "Ashburn", state: "VA" };

export const LOCATIONS: CatalogueLocation[] = [
  {
    id: 2,
    name: "Equinix SY1",
    ...SYDNEY,
    street: "639 Gardeners Road",
    postcode: "2015",
    latitude: -33.9211,
    longitude: 151.1888,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_400, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Sydney IX"],
  },
  {
    id: 3,
    name: "Global Switch Sydney",
    ...SYDNEY,
    street: "400 Harris Street",
    postcode: "2007",
    latitude: -33.8748,
    longitude: 151.1977,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Sydney IX", "Brisbane IX", "Melbourne IX", "Auckland IX"],
  },
  {
    id: 4,
    name: "NextDC M1",
    metro: "Melbourne",
    market: "AU",
    country: "Australia",
    city: "Melbourne",
    state: "VIC",
    street: "826 Lorimer Street",
    postcode: "3207",
    latitude: -37.8255,
    longitude: 144.9195,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Melbourne IX"],
  },
  {
    id: 5,
    name: "NextDC B1",
    metro: "Brisbane",
    market: "AU",
    country: "Australia",
    city: "Brisbane",
    state: "QLD",
    street: "20 Wharf Street",
    postcode: "4000",
    latitude: -27.4652,
    longitude: 153.0331,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_1_10, mcrSpeedMbps: MCR_SMALL }),
    ixTypes: ["Brisbane IX"],
  },
  {
    id: 6,
    name: "Equinix SY3",
    ...SYDNEY,
    street: "47 Bourke Road",
    postcode: "2015",
    latitude: -33.9175,
    longitude: 151.1893,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Sydney IX", "Brisbane IX", "Melbourne IX", "Auckland IX"],
  },
  {
    id: 10,
    name: "NextDC S1",
    ...SYDNEY,
    street: "4 Eden Park Drive",
    postcode: "2113",
    latitude: -33.7745,
    longitude: 151.1283,
    status: "Active",
    // Only the red zone has capacity here: ordering in blue fails, as capacity shifts do on Megaport.
    zones: {
      red: { megaportSpeedMbps: PORTS_1_10, mcrSpeedMbps: MCR_SMALL },
      blue: { megaportSpeedMbps: [], mcrSpeedMbps: [] },
    },
    ixTypes: ["Sydney IX"],
  },
  {
    id: 36,
    name: "Equinix SG1",
    metro: "Singapore",
    market: "SG",
    country: "Singapore",
    city: "Singapore",
    state: null,
    street: "20 Ayer Rajah Crescent",
    postcode: "139964",
    latitude: 1.2942,
    longitude: 103.7871,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Singapore IX"],
  },
  {
    id: 62,
    name: "Digital Realty NYC1",
    metro: "New York",
    market: "US",
    country: "USA",
    city: "New York",
    state: "NY",
    street: "111 8th Avenue",
    postcode: "10011",
    latitude: 40.7411,
    longitude: -74.0033,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["New York IX"],
  },
  {
    id: 68,
    name: "Equinix DC2",
    ...ASHBURN,
    street: "21715 Filigree Court",
    postcode: "20147",
    latitude: 39.0167,
    longitude: -77.4589,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_400, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Ashburn IX"],
  },
  {
    id: 84,
    name: "zColo Ashburn",
    ...ASHBURN,
    street: "21635 Red Rum Drive",
    postcode: "20147",
    latitude: 39.0139,
    longitude: -77.4866,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_1_10, mcrSpeedMbps: MCR_SMALL }),
    ixTypes: ["Ashburn IX"],
  },
  {
    // As Megaport's port-creation guide shows it: market UK, no MCR ("mcr": false,
    // "vRouterAvailable": false), the Digital Telx data centre.
    id: 89,
    name: "Digital Realty LHR20",
    metro: "London",
    market: "UK",
    country: "United Kingdom",
    city: "London",
    state: null,
    street: "227 Marsh Wall",
    postcode: "E14 9SD",
    latitude: 51.499714,
    longitude: -0.012144,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: [] }),
    ixTypes: ["London IX"],
    dataCentre: { id: 3, name: "Digital Telx" },
    siteCode: "lon-tc1",
  },
  {
    id: 137,
    name: "3DC/Telecity Sofia",
    metro: "Sofia",
    market: "BG",
    country: "Bulgaria",
    city: "Sofia",
    state: null,
    street: "10 5030 St",
    postcode: "1592",
    latitude: 42.66905,
    longitude: 23.394033,
    status: "Active",
    // The reference lists Sofia with 1G/10G ports and no MCR.
    zones: zones({ megaportSpeedMbps: PORTS_1_10, mcrSpeedMbps: [] }),
    ixTypes: [],
  },
  {
    id: 140,
    name: "Digital Realty ASH1",
    ...ASHBURN,
    street: "44470 Chilum Place",
    postcode: "20147",
    latitude: 39.0161,
    longitude: -77.4602,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Ashburn IX"],
  },
  {
    id: 147,
    name: "CyrusOne Chandler",
    metro: "Phoenix",
    market: "US",
    country: "USA",
    city: "Chandler",
    state: "AZ",
    street: "2335 S Ellis Street",
    postcode: "85286",
    latitude: 33.2743,
    longitude: -111.8861,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_1_10, mcrSpeedMbps: MCR_SMALL }),
    ixTypes: [],
  },
  {
    id: 163,
    name: "4Degres Colocation - Montreal",
    metro: "Montreal",
    market: "CA",
    country: "Canada",
    city: "Montreal",
    state: "QC",
    street: "2900 Avenue Marie Curie",
    postcode: "H4S 2C2",
    latitude: 45.48622,
    longitude: -73.755165,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_1_10, mcrSpeedMbps: [] }),
    ixTypes: [],
  },
  {
    id: 201,
    name: "Equinix FR5",
    metro: "Frankfurt",
    market: "DE",
    country: "Germany",
    city: "Frankfurt",
    state: null,
    street: "Kleyerstrasse 90",
    postcode: "60326",
    latitude: 50.0983,
    longitude: 8.6317,
    status: "Active",
    zones: zones({ megaportSpeedMbps: PORTS_ALL, mcrSpeedMbps: MCR_ALL }),
    ixTypes: ["Frankfurt IX"],
  },
  {
    id: 250,
    name: "Equinix TY2",
    metro: "Tokyo",
    market: "JP",
    country: "Japan",
    city: "Tokyo",
    state: null,
    street: "6-3-3 Edagawa, Koto-ku",
    postcode: "135-0051",
    latitude: 35.6479,
    longitude: 139.8091,
    status: "Deployment",
    zones: zones({ megaportSpeedMbps: PORTS_1_10, mcrSpeedMbps: MCR_SMALL }),
    ixTypes: [],
  },
];

/** The currency each market is billed in. */
export const CURRENCY_BY_MARKET: Record<string, string> = {
  AU: "AUD",
  SG: "SGD",
  US: "USD",
  UK: "GBP",
  GB: "GBP",
  BG: "EUR",
  DE: "EUR",
  CA: "CAD",
  JP: "JPY",
};

/** The IX types Megaport documents (GET /v2/product/ix/types), by name. */
export const IX_TYPES: Record<string, { asn: string; state: string; v4: string; v6: string }> = {
  "Sydney IX": { asn: "58941", state: "NSW", v4: "103.26.68", v6: "2001:dea:0:10" },
  "Brisbane IX": { asn: "58942", state: "QLD", v4: "103.26.70", v6: "2001:dea:0:20" },
  "Melbourne IX": { asn: "58943", state: "VIC", v4: "103.26.71", v6: "2001:dea:0:30" },
  "Auckland IX": { asn: "63839", state: "NZ", v4: "43.243.22", v6: "2001:dea:0:40" },
  "Singapore IX": { asn: "55518", state: "SG", v4: "103.41.12", v6: "2001:de8:12:100" },
  "New York IX": { asn: "6777", state: "NY", v4: "206.130.10", v6: "2001:504:36" },
  "Ashburn IX": { asn: "6695", state: "VA", v4: "206.126.236", v6: "2001:504:0:2" },
  "London IX": { asn: "8714", state: "LDN", v4: "195.66.224", v6: "2001:7f8:4" },
  "Frankfurt IX": { asn: "6695", state: "HE", v4: "80.81.192", v6: "2001:7f8::1a27" },
};

export type PartnerConnectType =
  "AWS" | "AWSHC" | "AZURE" | "GOOGLE" | "ORACLE" | "IBM" | "NUTANIX" | "ALIBABA" | "DEFAULT";

export interface PartnerPort {
  connectType: PartnerConnectType;
  productUid: string;
  title: string;
  companyUid: string;
  companyName: string;
  diversityZone: "red" | "blue";
  locationId: number;
  speed: number;
  rank: number;
  vxcPermitted: boolean;
  /** Azure ports are either side of an ExpressRoute pair. */
  azureType?: "primary" | "secondary";
}

const AWS = {
  companyUid: "1544f278-ec03-11e5-9ce9-5e5517507c66",
  companyName: "Amazon Corporate Services Pty Ltd",
};
const MSFT = { companyUid: "f823af68-1f04-4d26-909a-7a76fa7f2d74", companyName: "Microsoft Australia" };
const GOOG = { companyUid: "29ba879b-45c8-48eb-bd97-618d0f20ea04", companyName: "Google Inc" };
const ORCL = { companyUid: "8ea83603-445c-40c6-94cf-67967a18beb9", companyName: "Oracle" };
const IBM = { companyUid: "3f8a2c1e-6d4b-4e7a-9c5f-1b2d3e4f5a6b", companyName: "IBM Cloud" };
const NTNX = { companyUid: "0dda2b1b-6129-4916-adbe-417cefdcaef4", companyName: "Nutanix, Inc." };
const ALI = { companyUid: "6a2b64c5-2bd0-4b5b-a2e9-a0a9d7a1d2b1", companyName: "Alibaba Cloud" };

export const PARTNER_PORTS: PartnerPort[] = [
  // AWS Direct Connect (VIF) and hosted connections in Sydney, Ashburn and London, both zones.
  {
    connectType: "AWS",
    productUid: "b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a",
    title: "Amazon (ap-southeast-2) (Global Switch)",
    ...AWS,
    diversityZone: "red",
    locationId: 3,
    speed: 10000,
    rank: 68,
    vxcPermitted: true,
  },
  {
    connectType: "AWS",
    productUid: "b3a1b5c0-0a4e-4e2e-9a11-3f011548880d",
    title: "Amazon (ap-southeast-2) (Equinix SY3)",
    ...AWS,
    diversityZone: "blue",
    locationId: 6,
    speed: 10000,
    rank: 61,
    vxcPermitted: true,
  },
  {
    connectType: "AWSHC",
    productUid: "c4b2c6d1-1b5f-4f3f-8b22-4f79f6ab4b40",
    title: "Amazon Hosted Connection (ap-southeast-2) (Global Switch)",
    ...AWS,
    diversityZone: "red",
    locationId: 3,
    speed: 10000,
    rank: 70,
    vxcPermitted: true,
  },
  {
    connectType: "AWSHC",
    productUid: "c4b2c6d1-1b5f-4f3f-8b22-7dfbc4342116",
    title: "Amazon Hosted Connection (ap-southeast-2) (Equinix SY3)",
    ...AWS,
    diversityZone: "blue",
    locationId: 6,
    speed: 10000,
    rank: 66,
    vxcPermitted: true,
  },
  {
    connectType: "AWS",
    productUid: "b3a1b5c0-0a4e-4e2e-9a11-5510b587b1cc",
    title: "Amazon (us-east-1) (Equinix DC2)",
    ...AWS,
    diversityZone: "red",
    locationId: 68,
    speed: 100000,
    rank: 90,
    vxcPermitted: true,
  },
  {
    connectType: "AWSHC",
    productUid: "c4b2c6d1-1b5f-4f3f-8b22-b0f61f1b4164",
    title: "Amazon Hosted Connection (us-east-1) (Equinix DC2)",
    ...AWS,
    diversityZone: "red",
    locationId: 68,
    speed: 10000,
    rank: 88,
    vxcPermitted: true,
  },
  // A port being retired: listed, but new VXCs are not permitted.
  {
    connectType: "AWS",
    productUid: "b3a1b5c0-0a4e-4e2e-9a11-0dd291330b25",
    title: "Amazon (us-east-1) (zColo Ashburn) (retiring)",
    ...AWS,
    diversityZone: "blue",
    locationId: 84,
    speed: 10000,
    rank: 95,
    vxcPermitted: false,
  },
  {
    connectType: "AWS",
    productUid: "b3a1b5c0-0a4e-4e2e-9a11-a88d157ce026",
    title: "Amazon (eu-west-2) (Digital Realty LHR20)",
    ...AWS,
    diversityZone: "red",
    locationId: 89,
    speed: 10000,
    rank: 75,
    vxcPermitted: true,
  },
  // Azure ExpressRoute ports, found through the service-key lookup.
  {
    connectType: "AZURE",
    productUid: "a4f54ebc-0fa2-492f-a713-1ed7d49dca1c",
    title: "Azure ExpressRoute Sydney Primary",
    ...MSFT,
    diversityZone: "red",
    locationId: 3,
    speed: 10000,
    rank: 60,
    vxcPermitted: true,
    azureType: "primary",
  },
  {
    connectType: "AZURE",
    productUid: "e269447e-5601-4575-9c23-32fe5a9f8605",
    title: "Azure ExpressRoute Sydney Secondary",
    ...MSFT,
    diversityZone: "blue",
    locationId: 3,
    speed: 10000,
    rank: 59,
    vxcPermitted: true,
    azureType: "secondary",
  },
  // Google Cloud Interconnect (partner) ports.
  {
    connectType: "GOOGLE",
    productUid: "2c9337ba-b6a6-44cc-851c-58315060a0e3",
    title: "New York (lga-zone2-1422)",
    ...GOOG,
    diversityZone: "red",
    locationId: 62,
    speed: 10000,
    rank: 50,
    vxcPermitted: true,
  },
  {
    connectType: "GOOGLE",
    productUid: "2fa8c6c5-314f-4d14-8fb6-e1f7f86bdacc",
    title: "Ashburn (iad-zone2-1)",
    ...GOOG,
    diversityZone: "red",
    locationId: 84,
    speed: 10000,
    rank: 52,
    vxcPermitted: true,
  },
  {
    connectType: "GOOGLE",
    // The port the reference's Google buy example orders to.
    productUid: "7bab4547-ff88-43f9-a1de-3df637522fa5",
    title: "Ashburn (iad-zone1-2)",
    ...GOOG,
    diversityZone: "blue",
    locationId: 84,
    speed: 10000,
    rank: 55,
    vxcPermitted: true,
  },
  {
    connectType: "GOOGLE",
    productUid: "9dcd6769-11aa-4b1b-83f7-5f0859744c17",
    title: "Sydney (syd-zone1-86)",
    ...GOOG,
    diversityZone: "red",
    locationId: 6,
    speed: 10000,
    rank: 55,
    vxcPermitted: true,
  },
  {
    connectType: "GOOGLE",
    productUid: "8cbc5658-0099-4a0a-b2f6-4ef748633b06",
    title: "Sydney (syd-zone2-86)",
    ...GOOG,
    diversityZone: "blue",
    locationId: 3,
    speed: 10000,
    rank: 54,
    vxcPermitted: true,
  },
  // Oracle FastConnect.
  {
    connectType: "ORACLE",
    productUid: "46c71b6d-115e-4de4-8894-4f40d0fdbc98",
    title: "Oracle BMCS (us-phoenix-1) (1)",
    ...ORCL,
    diversityZone: "red",
    locationId: 147,
    speed: 10000,
    rank: 40,
    vxcPermitted: true,
  },
  {
    connectType: "ORACLE",
    productUid: "0c6efa2f-ba70-41c4-a3b4-51708adb969c",
    title: "Oracle BMCS (us-phoenix-1) (2)",
    ...ORCL,
    diversityZone: "blue",
    locationId: 147,
    speed: 10000,
    rank: 41,
    vxcPermitted: true,
  },
  // IBM Cloud Direct Link (Connect) in Ashburn, both zones.
  {
    connectType: "IBM",
    productUid: "9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
    title: "IBM Cloud Direct Link (us-east) (Digital Realty ASH1) (1)",
    ...IBM,
    diversityZone: "red",
    locationId: 140,
    speed: 10000,
    rank: 50,
    vxcPermitted: true,
  },
  {
    connectType: "IBM",
    productUid: "9a7b6c5d-4e3f-4a2b-8c1d-1f0a9b8c7d6e",
    title: "IBM Cloud Direct Link (us-east) (Digital Realty ASH1) (2)",
    ...IBM,
    diversityZone: "blue",
    locationId: 140,
    speed: 10000,
    rank: 51,
    vxcPermitted: true,
  },
  // Nutanix and Alibaba, from the reference's examples.
  {
    connectType: "NUTANIX",
    productUid: "0e0c1127-6b79-4155-b762-c8c260cd9adf",
    title: "10000Mbps Port at Digital Realty ASH1",
    ...NTNX,
    diversityZone: "red",
    locationId: 140,
    speed: 10000,
    rank: 20,
    vxcPermitted: true,
  },
  {
    connectType: "ALIBABA",
    productUid: "87b52c63-ede7-48ab-bfa1-0eaa33ced7b0",
    title: "Alibaba Cloud (ap-southeast-1) (Equinix SG1)",
    ...ALI,
    diversityZone: "red",
    locationId: 36,
    speed: 10000,
    rank: 30,
    vxcPermitted: true,
  },
];

/** A port of another company, reachable only with one of its service keys (see SERVICE_KEY_PORTS). */
export const FOREIGN_PORT = {
  productUid: "5d7e2f3a-9c1b-4e6d-8f0a-e6584a92da2a",
  productName: "Acme Peering Port",
  companyUid: "77c1e0a2-4b1d-4a3e-9e58-f646236a9d31y",
  companyName: "Acme Networks",
  locationId: 3,
  portSpeed: 10000,
  diversityZone: "red" as const,
};

/**
 * Another company's port listed in the marketplace: a VXC to it needs no key, but waits for that
 * company's approval (vxcApproval PENDING) before it is provisioned.
 */
export const APPROVAL_PORT = {
  productUid: "b1c9e3d4-6f7a-4b2c-9d8e-0a1b2c3d4e5f",
  productName: "Globex Marketplace Port",
  companyUid: "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
  companyName: "Globex Corporation",
  locationId: 3,
  portSpeed: 10000,
  diversityZone: "blue" as const,
};

/** Service keys issued by FOREIGN_PORT's owner: a VXC that carries one may end on that port. */
export const FOREIGN_SERVICE_KEYS = ["0b6d7f2e-3c5a-4e1b-9a8d-a9d053581c99ey"];

export interface CloudKey {
  kind: "azure" | "google" | "oracle" | "nutanix";
  key: string;
  /** Partner ports the key can land on. */
  portUids: string[];
  bandwidth: number | null;
  bandwidths?: number[];
  vlan?: number;
}

const GOOGLE_BANDWIDTHS = [50, 100, 200, 300, 400, 500, 1000, 2000, 5000, 10000];

/** Keys the cloud-partner lookups answer for; the reference's example keys are among them. */
export const CLOUD_KEYS: CloudKey[] = [
  {
    kind: "azure",
    key: "63dasd3c-f578-430d-b67a-0bdfgcfdfg152f",
    portUids: ["a4f54ebc-0fa2-492f-a713-1ed7d49dca1c", "e269447e-5601-4575-9c23-32fe5a9f8605"],
    bandwidth: 50,
    vlan: 300,
  },
  {
    kind: "azure",
    key: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
    portUids: ["a4f54ebc-0fa2-492f-a713-1ed7d49dca1c", "e269447e-5601-4575-9c23-32fe5a9f8605"],
    bandwidth: 1000,
    vlan: 0,
  },
  {
    kind: "google",
    key: "fbbf41b1-9513-4837-a91a-22a8bb065704/us-west1/2",
    portUids: [
      "2c9337ba-b6a6-44cc-851c-58315060a0e3",
      "2fa8c6c5-314f-4d14-8fb6-e1f7f86bdacc",
      "7bab4547-ff88-43f9-a1de-3df637522fa5",
    ],
    bandwidth: null,
    bandwidths: GOOGLE_BANDWIDTHS,
  },
  {
    kind: "google",
    key: "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1",
    portUids: ["9dcd6769-11aa-4b1b-83f7-5f0859744c17", "8cbc5658-0099-4a0a-b2f6-4ef748633b06"],
    bandwidth: null,
    bandwidths: GOOGLE_BANDWIDTHS,
  },
  // The same region's other edge availability domain: a redundant pair's second key.
  {
    kind: "google",
    key: "c2f6a1d3-58b4-4e0a-9d7e-3b1f0a6c2e44/australia-southeast1/2",
    portUids: ["8cbc5658-0099-4a0a-b2f6-4ef748633b06"],
    bandwidth: null,
    bandwidths: GOOGLE_BANDWIDTHS,
  },
  {
    kind: "oracle",
    key: "ocid1.virtualcircuit.oc1.phx.aaaaaaaantxgcsdtkpbegkgxs73bluiggcpdauxz345ncrnd3atqwgihj5aq",
    portUids: ["46c71b6d-115e-4de4-8894-4f40d0fdbc98", "0c6efa2f-ba70-41c4-a3b4-51708adb969c"],
    bandwidth: null,
  },
  {
    kind: "nutanix",
    key: "76025b4f-3a27-48da-a8bd-880a5e05c886",
    portUids: ["0e0c1127-6b79-4155-b762-c8c260cd9adf"],
    bandwidth: 450,
  },
];

/** Base monthly prices; the emulator scales them by speed and term the way a price book would. */
export const PRICES = {
  portMonthly: { 1000: 500, 10000: 1100, 100000: 4500, 400000: 12500 } as Record<number, number>,
  mcrMonthlyPerGbps: 350,
  natGatewayMonthlyPerGbps: 300,
  vxcMonthlyPerMbps: { metro: 0.6, longHaul: 1.2 },
  ixMonthlyBase: 160,
  ixMonthlyPerMbps: 0.05,
  termDiscount: { 1: 1, 12: 0.9, 24: 0.85, 36: 0.8, 48: 0.78, 60: 0.75 } as Record<number, number>,
};

/** NAT gateway speeds and the session counts each offers (GET /v3/products/nat_gateways/sessions). */
export const NAT_GATEWAY_SESSIONS: Array<{ speedMbps: number; sessionCount: number[] }> = [
  { speedMbps: 1000, sessionCount: [50000, 100000] },
  { speedMbps: 2500, sessionCount: [100000, 250000] },
  { speedMbps: 5000, sessionCount: [250000, 500000] },
  { speedMbps: 10000, sessionCount: [500000, 1000000] },
];
