import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BullModule } from '@nestjs/bullmq';
import { CatsController } from './cats.controller';
import { CatsService } from './cats.service';
import { Cat } from './entities/cat.entity';
import { AdoptionProcessor } from './adoption.processor';

@Module({
  imports: [TypeOrmModule.forFeature([Cat]), BullModule.registerQueue({ name: 'adoptions' })],
  controllers: [CatsController],
  providers: [CatsService, AdoptionProcessor],
  exports: [CatsService],
})
export class CatsModule {}
