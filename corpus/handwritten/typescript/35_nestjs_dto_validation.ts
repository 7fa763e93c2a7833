import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Type, Transform } from 'class-transformer';
import {
  IsDateString,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
  ArrayMaxSize,
} from 'class-validator';

export enum Temperament {
  Calm = 'calm',
  Playful = 'playful',
  Shy = 'shy',
  Grumpy = 'grumpy',
}

export class MedicalRecordDto {
  @IsDateString()
  date!: string;

  @IsString()
  @Length(2, 200)
  note!: string;
}

export class CreateCatDto {
  @ApiProperty({ example: 'Miso' })
  @IsString()
  @Length(1, 40)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  name!: string;

  @ApiProperty({ minimum: 0, maximum: 30 })
  @IsInt()
  @Min(0)
  @Max(30)
  age!: number;

  @ApiProperty({ enum: Temperament })
  @IsEnum(Temperament)
  temperament!: Temperament;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  shelterId?: string;

  @ApiPropertyOptional({ type: [MedicalRecordDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => MedicalRecordDto)
  medical?: MedicalRecordDto[];
}

export class UpdateCatDto extends PartialType(OmitType(CreateCatDto, ['shelterId'] as const)) {}

export class ListCatsQuery {
  @IsOptional()
  @IsEnum(Temperament)
  temperament?: Temperament;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}
