INSERT INTO tags (name) VALUES ('vegetarian'), ('quick'), ('baking'), ('soup'), ('spicy')
ON CONFLICT (name) DO NOTHING;

INSERT INTO ingredients (name) VALUES
    ('red lentils'), ('onion'), ('garlic'), ('ginger'), ('coconut milk'),
    ('chopped tomatoes'), ('spinach'), ('cumin seeds'), ('turmeric'), ('lime')
ON CONFLICT (name) DO NOTHING;
