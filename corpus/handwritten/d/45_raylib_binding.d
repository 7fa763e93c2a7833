module raygame;

// Just enough of raylib's C API, declared by hand.
extern (C) @nogc nothrow
{
    struct Color { ubyte r, g, b, a; }
    struct Vector2 { float x = 0, y = 0; }

    void InitWindow(int width, int height, const(char)* title);
    void CloseWindow();
    bool WindowShouldClose();
    void SetTargetFPS(int fps);
    float GetFrameTime();
    void BeginDrawing();
    void EndDrawing();
    void ClearBackground(Color color);
    void DrawCircleV(Vector2 center, float radius, Color color);
    void DrawText(const(char)* text, int x, int y, int size, Color color);
    bool IsKeyDown(int key);
    Vector2 GetMousePosition();
    bool IsMouseButtonPressed(int button);
}

enum KEY_SPACE = 32;
enum MOUSE_BUTTON_LEFT = 0;

immutable RAYWHITE = Color(245, 245, 245, 255);
immutable DARKGRAY = Color(80, 80, 80, 255);
immutable MAROON = Color(190, 33, 55, 255);

struct Ball
{
    Vector2 pos, vel;
    float radius = 12;
}

void main()
{
    import std.string : toStringz;
    import std.format : format;

    enum w = 800, h = 450;
    InitWindow(w, h, "bouncing balls");
    scope (exit) CloseWindow();
    SetTargetFPS(60);

    Ball[] balls;

    while (!WindowShouldClose())
    {
        immutable dt = GetFrameTime();
        if (IsMouseButtonPressed(MOUSE_BUTTON_LEFT))
            balls ~= Ball(GetMousePosition(), Vector2(180, -120));

        foreach (ref b; balls)
        {
            if (!IsKeyDown(KEY_SPACE))
                b.vel.y += 500 * dt;
            b.pos.x += b.vel.x * dt;
            b.pos.y += b.vel.y * dt;
            if (b.pos.x < b.radius || b.pos.x > w - b.radius) b.vel.x = -b.vel.x;
            if (b.pos.y > h - b.radius) { b.pos.y = h - b.radius; b.vel.y *= -0.8f; }
        }

        BeginDrawing();
        ClearBackground(RAYWHITE);
        foreach (b; balls)
            DrawCircleV(b.pos, b.radius, MAROON);
        DrawText(format("%d balls - click to add", balls.length).toStringz, 10, 10, 20, DARKGRAY);
        EndDrawing();
    }
}
