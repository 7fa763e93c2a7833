import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
  ClassSerializerInterceptor,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { CatsService } from './cats.service';
import { CreateCatDto, UpdateCatDto, ListCatsQuery } from './dto';
import { Cat } from './entities/cat.entity';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/auth-user';

@ApiTags('cats')
@ApiBearerAuth()
@Controller('cats')
@UseGuards(JwtAuthGuard, RolesGuard)
@UseInterceptors(ClassSerializerInterceptor)
export class CatsController {
  constructor(private readonly cats: CatsService) {}

  @Get()
  @ApiOkResponse({ type: [Cat] })
  findAll(@Query() query: ListCatsQuery): Promise<Cat[]> {
    return this.cats.findAll(query);
  }

  @Get(':id')
  async findOne(@Param('id', new ParseUUIDPipe()) id: string): Promise<Cat> {
    const cat = await this.cats.findOne(id);
    if (!cat) throw new NotFoundException(`Cat ${id} not found`);
    return cat;
  }

  @Post()
  @Roles('staff')
  create(@Body() dto: CreateCatDto, @CurrentUser() user: AuthUser): Promise<Cat> {
    return this.cats.create(dto, user.id);
  }

  @Patch(':id')
  @Roles('staff')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCatDto): Promise<Cat> {
    return this.cats.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.cats.remove(id);
  }

  @Post(':id/adopt')
  @HttpCode(HttpStatus.ACCEPTED)
  adopt(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.cats.requestAdoption(id, user);
  }
}
