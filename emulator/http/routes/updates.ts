// Product PUTs: each product's route. The rules each checks and the fields it changes live with the
// product (products/<product>.ts); only CONFIGURED or LIVE products can be updated, as on the real API.
import type { Route } from "./route";
import { fieldsOf } from "../../model/json";
import { updateIx } from "../../products/ix";
import { updateMve } from "../../products/mve";
import { updatePortOrMcr } from "../../products/port";
import { updateVxc } from "../../products/vxc";

export const updateRoutes: Route[] = [
  {
    method: "PUT",
    path: /^\/v2\/product\/mve\/([^/]+)$/,
    handle: (request, [uid], { store }) => updateMve(uid, fieldsOf(request.body), store),
  },
  {
    method: "PUT",
    path: /^\/v2\/product\/(megaport|mcr2)\/([^/]+)$/,
    handle: (request, [route, uid], { store }) => updatePortOrMcr(uid, fieldsOf(request.body), store, route),
  },
  {
    method: "PUT",
    path: /^\/(?:v2|v3)\/product\/vxc\/([^/]+)$/,
    handle: (request, [uid], { store }) => updateVxc(uid, fieldsOf(request.body), store),
  },
  {
    method: "PUT",
    path: /^\/v2\/product\/ix\/([^/]+)$/,
    handle: (request, [uid], { store }) => updateIx(uid, fieldsOf(request.body), store),
  },
  {
    // The v2 reference's form, without the product type in the path.
    method: "PUT",
    path: /^\/v2\/product\/([0-9a-fA-F-]{8,})$/,
    handle: (request, [uid], { store }) => updatePortOrMcr(uid, fieldsOf(request.body), store),
  },
];
