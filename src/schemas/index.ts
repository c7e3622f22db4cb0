export { villageProfileSchema, villageCodeSchema, idmStatusOf } from './desa.ts';
export { productSchema } from './produk.ts';
export { hubSchema } from './hub.ts';
export type { SchemaContext } from './common.ts';
