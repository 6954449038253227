import { Field, ObjectType } from 'type-graphql';
import { regionNames } from './region';

@ObjectType('Region', { description: 'An administrative division (GB/T 2260).' })
export class Region {
  @Field(() => String, { description: 'Six-digit division code, e.g. "410102".' })
  code!: string;
  @Field(() => String, { description: 'Province name, e.g. "河南省".' })
  province!: string;
  @Field(() => String, { description: 'Province name in English, e.g. "Henan".' })
  provinceEn!: string;
  @Field(() => String, { nullable: true, description: 'Prefecture-level city, e.g. "郑州市", when known.' })
  city!: string | null;
  @Field(() => String, { nullable: true, description: 'City in English, e.g. "Zhengzhou", when known.' })
  cityEn!: string | null;
}

export function toRegion(code: string): Region {
  return { code, ...regionNames(code) };
}
