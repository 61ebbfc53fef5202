"""Hand list of franchises, series, sequels, remakes and same-story adaptations present in the ml-100k catalogue, for
the near-duplicate audit (issue 22): a simulated user must never be handed a film's sequel, remake or series sibling as
"a film I loved". Written from knowledge of the films by scanning every catalogue label; only groups with at least two
catalogue members are listed. Labels are exactly as in the catalogue."""

FRANCHISES: dict[str, list[str]] = {
    "Star Wars": ["Star Wars (1977)", "The Empire Strikes Back (1980)", "Return of the Jedi (1983)"],
    "Star Trek": [
        "Star Trek: The Motion Picture (1979)",
        "Star Trek: The Wrath of Khan (1982)",
        "Star Trek III: The Search for Spock (1984)",
        "Star Trek IV: The Voyage Home (1986)",
        "Star Trek V: The Final Frontier (1989)",
        "Star Trek VI: The Undiscovered Country (1991)",
        "Star Trek: Generations (1994)",
        "Star Trek: First Contact (1996)",
    ],
    "Alien": ["Alien (1979)", "Aliens (1986)", "Alien 3 (1992)", "Alien: Resurrection (1997)"],
    "Die Hard": ["Die Hard (1988)", "Die Hard 2 (1990)", "Die Hard: With a Vengeance (1995)"],
    "Batman": ["Batman (1989)", "Batman Returns (1992)", "Batman Forever (1995)", "Batman & Robin (1997)"],
    "Jaws": ["Jaws (1975)", "Jaws 2 (1978)", "Jaws 3-D (1983)"],
    "The Godfather": ["The Godfather (1972)", "The Godfather: Part II (1974)"],
    "Indiana Jones": ["Raiders of the Lost Ark (1981)", "Indiana Jones and the Last Crusade (1989)"],
    "Terminator": ["The Terminator (1984)", "Terminator 2: Judgment Day (1991)"],
    "Home Alone": ["Home Alone (1990)", "Home Alone 3 (1997)"],
    "Free Willy": ["Free Willy (1993)", "Free Willy 2: The Adventure Home (1995)", "Free Willy 3: The Rescue (1997)"],
    "Jurassic Park": ["Jurassic Park (1993)", "The Lost World: Jurassic Park (1997)"],
    "Scream": ["Scream (1996)", "Scream 2 (1997)"],
    # the 1994 film is a meta-sequel made by the original's director
    "A Nightmare on Elm Street": ["A Nightmare on Elm Street (1984)", "Wes Craven's New Nightmare (1994)"],
    "Amityville": [
        "The Amityville Horror (1979)",
        "Amityville II: The Possession (1982)",
        "Amityville 3-D (1983)",
        "The Amityville Curse (1990)",
        "Amityville 1992: It's About Time (1992)",
        "Amityville: A New Generation (1993)",
        "Amityville: Dollhouse (1996)",
    ],
    "Ace Ventura": ["Ace Ventura: Pet Detective (1994)", "Ace Ventura: When Nature Calls (1995)"],
    # the 1996 compilation contains the shorts themselves
    "Wallace & Gromit": [
        "A Grand Day Out (1992)",
        "The Wrong Trousers (1993)",
        "A Close Shave (1995)",
        "Wallace & Gromit: The Best of Aardman Animation (1996)",
    ],
    "Three Colors trilogy": ["Three Colors: Blue (1993)", "Three Colors: White (1994)", "Three Colors: Red (1994)"],
    "Jean de Florette / Manon of the Spring": [
        "Jean de Florette (1986)",
        "Manon of the Spring (Manon des sources) (1986)",
    ],
    # Supercop is Police Story 3, Project S its spin-off, First Strike Police Story 4; Rumble in the Bronx is not part
    # of the series but is the same star's Hong Kong action of the same years, released in the US alongside them
    "Jackie Chan's Police Story and Rumble in the Bronx": [
        "Supercop (1992)",
        "Police Story 4: Project S (Chao ji ji hua) (1993)",
        "Jackie Chan's First Strike (1996)",
        "Rumble in the Bronx (1995)",
    ],
    "Grease": ["Grease (1978)", "Grease 2 (1982)"],
    "Evil Dead": ["Evil Dead II (1987)", "Army of Darkness (1993)"],
    "Candyman": ["Candyman (1992)", "Candyman: Farewell to the Flesh (1995)"],
    "Highlander": ["Highlander (1986)", "Highlander III: The Sorcerer (1994)"],
    "The Crow": ["The Crow (1994)", "The Crow: City of Angels (1996)"],
    "The Prophecy": ["The Prophecy (1995)", "The Prophecy II (1998)"],
    "Speed": ["Speed (1994)", "Speed 2: Cruise Control (1997)"],
    "Under Siege": ["Under Siege (1992)", "Under Siege 2: Dark Territory (1995)"],
    "Young Guns": ["Young Guns (1988)", "Young Guns II (1990)"],
    "Mortal Kombat": ["Mortal Kombat (1995)", "Mortal Kombat: Annihilation (1997)"],
    "Homeward Bound": [
        "Homeward Bound: The Incredible Journey (1993)",
        "Homeward Bound II: Lost in San Francisco (1996)",
    ],
    "Aladdin": ["Aladdin (1992)", "Aladdin and the King of Thieves (1996)"],
    "Herbie": ["The Love Bug (1969)", "Herbie Rides Again (1974)"],
    "The Blues Brothers": ["The Blues Brothers (1980)", "Blues Brothers 2000 (1998)"],
    "The Brady Bunch": ["The Brady Bunch Movie (1995)", "A Very Brady Sequel (1996)"],
    "Power Rangers": ["Mighty Morphin Power Rangers: The Movie (1995)", "Turbo: A Power Rangers Movie (1997)"],
    "Tales from the Crypt": [
        "Tales From the Crypt Presents: Demon Knight (1995)",
        "Tales from the Crypt Presents: Bordello of Blood (1996)",
    ],
    "The Lawnmower Man": ["The Lawnmower Man (1992)", "Lawnmower Man 2: Beyond Cyberspace (1996)"],
    "Escape from New York": ["Escape from New York (1981)", "Escape from L.A. (1996)"],
    "James Bond": ["GoldenEye (1995)", "Tomorrow Never Dies (1997)"],
    "Jack Ryan": ["The Hunt for Red October (1990)", "Clear and Present Danger (1994)"],
    # spin-off sequel following the same marshal
    "The Fugitive": ["The Fugitive (1993)", "U.S. Marshalls (1998)"],
    "Monty Python": ["Monty Python and the Holy Grail (1974)", "Monty Python's Life of Brian (1979)"],
    "Boys Life anthologies": ["Boys Life (1995)", "Boy's Life 2 (1997)"],
    "Apu trilogy": ["Pather Panchali (1955)", "Aparajito (1956)", "World of Apu, The (Apur Sansar) (1959)"],
    # remakes and new versions of the same film
    "Father of the Bride": ["Father of the Bride (1950)", "Father of the Bride Part II (1995)"],
    "Sabrina": ["Sabrina (1954)", "Sabrina (1995)"],
    "Cape Fear": ["Cape Fear (1962)", "Cape Fear (1991)"],
    "That Darn Cat!": ["That Darn Cat! (1965)", "That Darn Cat! (1997)"],
    "Love Affair / An Affair to Remember": ["An Affair to Remember (1957)", "Love Affair (1994)"],
    # same-story adaptations and parodies
    "The Scarlet Letter": ["The Scarlet Letter (1926)", "The Scarlet Letter (1995)"],
    "A Little Princess": ["The Little Princess (1939)", "A Little Princess (1995)"],
    "The Jungle Book (live action)": ["The Jungle Book (1994)", "The Second Jungle Book: Mowgli & Baloo (1997)"],
    "Pinocchio": ["Pinocchio (1940)", "The Adventures of Pinocchio (1996)"],
    "Emma": ["Emma (1996)", "Clueless (1995)"],
    "Dracula": [
        "Nosferatu (Nosferatu, eine Symphonie des Grauens) (1922)",
        "Blood For Dracula (Andy Warhol's Dracula) (1974)",
        "Nosferatu a Venezia (1986)",
        "Bram Stoker's Dracula (1992)",
        "Dracula: Dead and Loving It (1995)",
    ],
    "Frankenstein": ["Bride of Frankenstein (1935)", "Young Frankenstein (1974)", "Mary Shelley's Frankenstein (1994)"],
    "Robin Hood": [
        "The Adventures of Robin Hood (1938)",
        "Robin Hood: Prince of Thieves (1991)",
        "Robin Hood: Men in Tights (1993)",
    ],
    "The Three Musketeers": ["The Three Musketeers (1993)", "The Man in the Iron Mask (1998)"],
    "Wyatt Earp and the O.K. Corral": ["Tombstone (1993)", "Wyatt Earp (1994)"],
    "Richard III": ["Richard III (1995)", "Looking for Richard (1996)"],
    "Hamlet": ["Rosencrantz and Guildenstern Are Dead (1990)", "Hamlet (1996)"],
    # one film under two catalogue labels (German and English titles)
    "Der Bewegte Mann (duplicate entry)": ["Der Bewegte Mann (1994)", "Maybe, Maybe Not (Bewegte Mann, Der) (1994)"],
}
