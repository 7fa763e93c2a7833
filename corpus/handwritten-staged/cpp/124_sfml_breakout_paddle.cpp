#include <SFML/Graphics.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr unsigned kWidth = 800, kHeight = 600;
constexpr float kPaddleSpeed = 520.f;
constexpr float kBallSpeed = 380.f;

struct Brick {
    sf::RectangleShape shape;
    bool alive = true;
};

class Game {
public:
    Game() : window_(sf::VideoMode(kWidth, kHeight), "Breakout") {
        window_.setVerticalSyncEnabled(true);

        paddle_.setSize({110.f, 16.f});
        paddle_.setOrigin(55.f, 8.f);
        paddle_.setFillColor(sf::Color(230, 230, 240));
        paddle_.setPosition(kWidth / 2.f, kHeight - 40.f);

        ball_.setRadius(8.f);
        ball_.setOrigin(8.f, 8.f);
        resetBall();

        for (int row = 0; row < 5; ++row) {
            for (int col = 0; col < 10; ++col) {
                Brick b;
                b.shape.setSize({70.f, 22.f});
                b.shape.setPosition(35.f + col * 74.f, 60.f + row * 26.f);
                b.shape.setFillColor(sf::Color(60 + row * 40, 200 - row * 30, 120));
                bricks_.push_back(std::move(b));
            }
        }
    }

    void run() {
        sf::Clock clock;
        while (window_.isOpen()) {
            handleEvents();
            update(std::min(clock.restart().asSeconds(), 1.f / 30.f));
            render();
        }
    }

private:
    void resetBall() {
        ball_.setPosition(paddle_.getPosition() - sf::Vector2f(0.f, 30.f));
        velocity_ = {kBallSpeed * 0.6f, -kBallSpeed * 0.8f};
    }

    void handleEvents() {
        sf::Event event{};
        while (window_.pollEvent(event)) {
            if (event.type == sf::Event::Closed) window_.close();
            if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) window_.close();
        }
    }

    void update(float dt) {
        float dir = 0.f;
        if (sf::Keyboard::isKeyPressed(sf::Keyboard::Left)) dir -= 1.f;
        if (sf::Keyboard::isKeyPressed(sf::Keyboard::Right)) dir += 1.f;
        auto p = paddle_.getPosition();
        p.x = std::clamp(p.x + dir * kPaddleSpeed * dt, 55.f, kWidth - 55.f);
        paddle_.setPosition(p);

        ball_.move(velocity_ * dt);
        const auto b = ball_.getPosition();
        if (b.x < 8.f || b.x > kWidth - 8.f) velocity_.x = -velocity_.x;
        if (b.y < 8.f) velocity_.y = std::abs(velocity_.y);
        if (b.y > kHeight + 20.f) { --lives_; resetBall(); }

        if (ball_.getGlobalBounds().intersects(paddle_.getGlobalBounds()) && velocity_.y > 0.f) {
            // angle depends on where the ball hit the paddle
            const float offset = (b.x - p.x) / 55.f;
            const float angle = offset * 1.05f;
            velocity_ = {kBallSpeed * std::sin(angle), -kBallSpeed * std::cos(angle)};
        }

        for (auto& brick : bricks_) {
            if (!brick.alive) continue;
            sf::FloatRect overlap;
            if (ball_.getGlobalBounds().intersects(brick.shape.getGlobalBounds(), overlap)) {
                brick.alive = false;
                ++score_;
                if (overlap.width < overlap.height) velocity_.x = -velocity_.x;
                else velocity_.y = -velocity_.y;
                break;
            }
        }
        if (lives_ <= 0) window_.close();
    }

    void render() {
        window_.clear(sf::Color(18, 18, 28));
        for (const auto& brick : bricks_)
            if (brick.alive) window_.draw(brick.shape);
        window_.draw(paddle_);
        window_.draw(ball_);
        window_.display();
    }

    sf::RenderWindow window_;
    sf::RectangleShape paddle_;
    sf::CircleShape ball_;
    sf::Vector2f velocity_;
    std::vector<Brick> bricks_;
    int score_ = 0;
    int lives_ = 3;
};

}  // namespace

int main() {
    Game game;
    game.run();
}
