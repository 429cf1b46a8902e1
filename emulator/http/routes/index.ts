// Every API route the emulator answers, in match order (a specific path before a general one).
import { authRoutes } from "./auth";
import { lookupRoutes } from "./lookups";
import { mcrAddOnRoutes } from "./mcrAddOns";
import { mcrPrefixListRoutes } from "./mcrPrefixLists";
import { natGatewayRoutes } from "./natGateways";
import { networkDesignRoutes } from "./networkDesign";
import { priceRoutes } from "./prices";
import { productRoutes } from "./products";
import { Route } from "./route";
import { serviceKeyRoutes } from "./serviceKeys";
import { updateRoutes } from "./updates";

export const API_ROUTES: readonly Route[] = [
  ...authRoutes,
  ...lookupRoutes,
  ...networkDesignRoutes,
  ...productRoutes,
  ...updateRoutes,
  ...mcrAddOnRoutes,
  ...mcrPrefixListRoutes,
  ...natGatewayRoutes,
  ...serviceKeyRoutes,
  ...priceRoutes,
];

export { adminRoutes as ADMIN_ROUTES } from "./admin";
export { actingCompany, authenticate } from "./auth";
export { findRoute } from "./route";
export type { EmulatorState, Route } from "./route";
