import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';

interface JoinPayload {
  board: string;
  user: string;
}

interface CursorPayload {
  board: string;
  x: number;
  y: number;
}

@WebSocketGateway({ namespace: '/whiteboard', cors: { origin: ['https://draw.example.com'] } })
export class WhiteboardGateway implements OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer() server!: Server;
  private readonly logger = new Logger(WhiteboardGateway.name);
  private readonly users = new Map<string, { user: string; board: string }>();

  handleConnection(client: Socket): void {
    this.logger.debug(`connected ${client.id}`);
  }

  handleDisconnect(client: Socket): void {
    const info = this.users.get(client.id);
    if (info) {
      client.to(info.board).emit('left', { user: info.user });
      this.users.delete(client.id);
    }
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() client: Socket, @MessageBody() body: JoinPayload) {
    await client.join(body.board);
    this.users.set(client.id, { user: body.user, board: body.board });
    client.to(body.board).emit('joined', { user: body.user });
    const present = [...this.users.values()].filter((u) => u.board === body.board).map((u) => u.user);
    return { event: 'present', data: present };
  }

  @SubscribeMessage('cursor')
  cursor(@ConnectedSocket() client: Socket, @MessageBody() body: CursorPayload): void {
    const info = this.users.get(client.id);
    if (!info || info.board !== body.board) return;
    client.volatile.to(body.board).emit('cursor', { user: info.user, x: body.x, y: body.y });
  }
}
