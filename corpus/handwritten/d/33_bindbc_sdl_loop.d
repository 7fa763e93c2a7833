module game.main;

import bindbc.sdl;
import std.stdio : writeln, stderr;
import std.string : fromStringz;
import std.exception : enforce;

enum screenW = 800, screenH = 600;

struct Paddle
{
    float x, y;
    enum w = 100, h = 14;
    float speed = 420;
}

void main()
{
    auto ret = loadSDL();
    if (ret != sdlSupport)
    {
        stderr.writeln(ret == SDLSupport.noLibrary ? "SDL2 not found" : "SDL2 too old");
        return;
    }

    enforce(SDL_Init(SDL_INIT_VIDEO) == 0, SDL_GetError().fromStringz.idup);
    scope (exit) SDL_Quit();

    auto window = SDL_CreateWindow("Paddle", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                   screenW, screenH, SDL_WINDOW_SHOWN);
    scope (exit) SDL_DestroyWindow(window);

    auto renderer = SDL_CreateRenderer(window, -1,
                                       SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    scope (exit) SDL_DestroyRenderer(renderer);

    auto paddle = Paddle(screenW / 2 - Paddle.w / 2, screenH - 40);
    ulong last = SDL_GetPerformanceCounter();
    bool running = true;

    while (running)
    {
        SDL_Event ev;
        while (SDL_PollEvent(&ev))
        {
            if (ev.type == SDL_QUIT ||
                (ev.type == SDL_KEYDOWN && ev.key.keysym.sym == SDLK_ESCAPE))
                running = false;
        }

        immutable now = SDL_GetPerformanceCounter();
        immutable dt = cast(float)(now - last) / SDL_GetPerformanceFrequency();
        last = now;

        auto keys = SDL_GetKeyboardState(null);
        if (keys[SDL_SCANCODE_LEFT])  paddle.x -= paddle.speed * dt;
        if (keys[SDL_SCANCODE_RIGHT]) paddle.x += paddle.speed * dt;
        if (paddle.x < 0) paddle.x = 0;
        if (paddle.x > screenW - Paddle.w) paddle.x = screenW - Paddle.w;

        SDL_SetRenderDrawColor(renderer, 20, 24, 32, 255);
        SDL_RenderClear(renderer);

        SDL_SetRenderDrawColor(renderer, 230, 200, 80, 255);
        auto rect = SDL_Rect(cast(int) paddle.x, cast(int) paddle.y, Paddle.w, Paddle.h);
        SDL_RenderFillRect(renderer, &rect);

        SDL_RenderPresent(renderer);
    }
}
