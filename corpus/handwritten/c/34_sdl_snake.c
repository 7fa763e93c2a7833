/* snake.c - classic snake in plain C with SDL2
 * build: cc -std=c99 -O2 snake.c $(sdl2-config --cflags --libs) -o snake
 */
#include <SDL2/SDL.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define GRID_W   32
#define GRID_H   24
#define CELL     20
#define MAX_LEN  (GRID_W * GRID_H)
#define TICK_MS  110

typedef struct { int x, y; } Vec2;

typedef enum { DIR_UP, DIR_DOWN, DIR_LEFT, DIR_RIGHT } Dir;

typedef struct {
    Vec2 body[MAX_LEN];
    int  len;
    Dir  dir, next_dir;
    Vec2 food;
    int  score;
    bool dead;
} Game;

static bool occupied(const Game *g, Vec2 p)
{
    for (int i = 0; i < g->len; i++)
        if (g->body[i].x == p.x && g->body[i].y == p.y)
            return true;
    return false;
}

static void place_food(Game *g)
{
    do {
        g->food.x = rand() % GRID_W;
        g->food.y = rand() % GRID_H;
    } while (occupied(g, g->food));
}

static void game_reset(Game *g)
{
    g->len = 4;
    for (int i = 0; i < g->len; i++) {
        g->body[i].x = GRID_W / 2 - i;
        g->body[i].y = GRID_H / 2;
    }
    g->dir = g->next_dir = DIR_RIGHT;
    g->score = 0;
    g->dead = false;
    place_food(g);
}

static void game_step(Game *g)
{
    Vec2 head = g->body[0];

    g->dir = g->next_dir;
    switch (g->dir) {
    case DIR_UP:    head.y--; break;
    case DIR_DOWN:  head.y++; break;
    case DIR_LEFT:  head.x--; break;
    case DIR_RIGHT: head.x++; break;
    }

    if (head.x < 0 || head.x >= GRID_W || head.y < 0 || head.y >= GRID_H ||
        occupied(g, head)) {
        g->dead = true;
        return;
    }

    bool ate = head.x == g->food.x && head.y == g->food.y;
    if (ate && g->len < MAX_LEN)
        g->len++;

    memmove(&g->body[1], &g->body[0], sizeof(Vec2) * (size_t)(g->len - 1));
    g->body[0] = head;

    if (ate) {
        g->score += 10;
        place_food(g);
    }
}

static void handle_key(Game *g, SDL_Keycode key)
{
    switch (key) {
    case SDLK_UP:    if (g->dir != DIR_DOWN)  g->next_dir = DIR_UP;    break;
    case SDLK_DOWN:  if (g->dir != DIR_UP)    g->next_dir = DIR_DOWN;  break;
    case SDLK_LEFT:  if (g->dir != DIR_RIGHT) g->next_dir = DIR_LEFT;  break;
    case SDLK_RIGHT: if (g->dir != DIR_LEFT)  g->next_dir = DIR_RIGHT; break;
    case SDLK_r:     if (g->dead) game_reset(g); break;
    default: break;
    }
}

static void fill_cell(SDL_Renderer *r, Vec2 p)
{
    SDL_Rect rc = { p.x * CELL + 1, p.y * CELL + 1, CELL - 2, CELL - 2 };
    SDL_RenderFillRect(r, &rc);
}

static void render(SDL_Renderer *r, const Game *g)
{
    SDL_SetRenderDrawColor(r, 18, 18, 24, 255);
    SDL_RenderClear(r);

    SDL_SetRenderDrawColor(r, 220, 60, 60, 255);
    fill_cell(r, g->food);

    for (int i = 0; i < g->len; i++) {
        Uint8 shade = (Uint8)(i == 0 ? 255 : 200 - (i * 100) / g->len);
        SDL_SetRenderDrawColor(r, 40, shade, 90, 255);
        fill_cell(r, g->body[i]);
    }
    SDL_RenderPresent(r);
}

int main(int argc, char *argv[])
{
    (void)argc; (void)argv;
    static Game game;
    Uint32 last_tick;
    bool quit = false;

    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        return 1;
    }

    SDL_Window *win = SDL_CreateWindow("snake", SDL_WINDOWPOS_CENTERED,
                                       SDL_WINDOWPOS_CENTERED,
                                       GRID_W * CELL, GRID_H * CELL, 0);
    SDL_Renderer *ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED |
                                                    SDL_RENDERER_PRESENTVSYNC);
    if (!win || !ren) {
        fprintf(stderr, "window/renderer: %s\n", SDL_GetError());
        SDL_Quit();
        return 1;
    }

    srand((unsigned)time(NULL));
    game_reset(&game);
    last_tick = SDL_GetTicks();

    while (!quit) {
        SDL_Event ev;
        while (SDL_PollEvent(&ev)) {
            if (ev.type == SDL_QUIT)
                quit = true;
            else if (ev.type == SDL_KEYDOWN)
                handle_key(&game, ev.key.keysym.sym);
        }

        if (!game.dead && SDL_GetTicks() - last_tick >= TICK_MS) {
            last_tick += TICK_MS;
            game_step(&game);
            if (game.dead) {
                char title[64];
                snprintf(title, sizeof title, "snake - game over, score %d (R to restart)",
                         game.score);
                SDL_SetWindowTitle(win, title);
            }
        }
        render(ren, &game);
    }

    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    SDL_Quit();
    return 0;
}
