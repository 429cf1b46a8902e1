// What a new service would cost a month (the price book), and the IX types a location offers.
import { z } from "zod";
import { IxType } from "../client/ixs";
import { PriceBookEntry } from "../client/prices";
import { dataSource } from "./dataSource";

const id = z.number().int();
const mbps = z.number().int();

export const getIxTypes = dataSource({
  description: "The IX types (exchanges) available at a location.",
  args: z.object({ locationId: id }).strict(),
  result: z.array(IxType),
  listedAs: "types",
  itemType: "IxType",
  run: (session, a) => session.client().ixs.types(a.locationId),
});

export const getPortPrice = dataSource({
  description: "Monthly price of a new port.",
  args: z.object({ locationId: id, portSpeed: mbps, contractTermMonths: z.number().int() }).strict(),
  result: PriceBookEntry,
  run: (session, a) => session.client().prices.port(a.locationId, a.portSpeed, a.contractTermMonths),
});

export const getMcrPrice = dataSource({
  description: "Monthly price of a new MCR (with the term's discount when a term is given).",
  args: z
    .object({ locationId: id, portSpeed: mbps, contractTermMonths: z.number().int().optional() })
    .strict(),
  result: PriceBookEntry,
  run: (session, a) => session.client().prices.mcr(a.locationId, a.portSpeed, a.contractTermMonths),
});

export const getVxcPrice = dataSource({
  description: "Monthly price of a new VXC between two locations.",
  args: z.object({ aLocationId: id, bLocationId: id, rateLimit: mbps }).strict(),
  result: PriceBookEntry,
  run: (session, a) => session.client().prices.vxc(a.aLocationId, a.bLocationId, a.rateLimit),
});

export const getIxPrice = dataSource({
  description: "Monthly price of a new IX.",
  args: z.object({ networkServiceType: z.string(), locationId: id, rateLimit: mbps }).strict(),
  result: PriceBookEntry,
  run: (session, a) => session.client().prices.ix(a.networkServiceType, a.locationId, a.rateLimit),
});
