"""Reference and follow-up requests for the request benchmark (issue 21), written and judged by hand; see evals/data/README.md."""

CASES: list[dict] = []


def Q(kind: str, text: str, relevant: dict[str, int], shown: list[str] | None = None, note: str = "") -> None:
    CASES.append({"kind": kind, "text": text, "relevant": relevant, "shown": shown, "note": note})


# ---------------------------------------------------------------- reference: films named as taste

Q("reference", "loved heat. more crime stuff in that vein pls", {
    "The Usual Suspects (1995)": 2,
    "Reservoir Dogs (1992)": 2,
    "L.A. Confidential (1997)": 2,
    "Carlito's Way (1993)": 2,
    "Die xue shuang xiong (Killer, The) (1989)": 2,
    "Donnie Brasco (1997)": 1,
    "Casino (1995)": 1,
    "GoodFellas (1990)": 1,
    "Cop Land (1997)": 1,
    "Seven (Se7en) (1995)": 1,
    "The Fugitive (1993)": 1,
    "King of New York (1990)": 1,
    "Jackie Brown (1997)": 1,
    "Miller's Crossing (1990)": 1,
    "Killing Zoe (1994)": 1,
    "City of Industry (1997)": 1,
    "The Underneath (1995)": 1,
    "Dead Presidents (1995)": 1,
})

Q("reference", "more like toy story please", {
    "Aladdin (1992)": 2,
    "Babe (1995)": 2,
    "A Close Shave (1995)": 2,
    "The Wrong Trousers (1993)": 2,
    "Wallace & Gromit: The Best of Aardman Animation (1996)": 2,
    "James and the Giant Peach (1996)": 2,
    "The Lion King (1994)": 1,
    "Beauty and the Beast (1991)": 1,
    "The Nightmare Before Christmas (1993)": 1,
    "Hercules (1997)": 1,
    "A Grand Day Out (1992)": 1,
    "The Indian in the Cupboard (1995)": 1,
    "Pinocchio (1940)": 1,
    "Jumanji (1995)": 1,
    "Muppet Treasure Island (1996)": 1,
})

Q("reference", "What would a fan of Alien enjoy?", {
    "Aliens (1986)": 2,
    "Event Horizon (1997)": 2,
    "Alien 3 (1992)": 1,
    "Alien: Resurrection (1997)": 1,
    "Species (1995)": 1,
    "Mimic (1997)": 1,
    "The Abyss (1989)": 1,
    "Blade Runner (1982)": 1,
    "The Terminator (1984)": 1,
    "Jaws (1975)": 1,
    "Sphere (1998)": 1,
    "Deep Rising (1998)": 1,
    "Screamers (1995)": 1,
    "Forbidden Planet (1956)": 1,
    "Body Snatchers (1993)": 1,
})

Q("reference", "non stop action like die hard", {
    "Die Hard 2 (1990)": 2,
    "Die Hard: With a Vengeance (1995)": 2,
    "Speed (1994)": 2,
    "Under Siege (1992)": 2,
    "The Rock (1996)": 2,
    "Air Force One (1997)": 2,
    "Cliffhanger (1993)": 2,
    "Sudden Death (1995)": 2,
    "Con Air (1997)": 2,
    "Terminator 2: Judgment Day (1991)": 1,
    "True Lies (1994)": 1,
    "Executive Decision (1996)": 1,
    "Face/Off (1997)": 1,
    "Broken Arrow (1996)": 1,
    "Under Siege 2: Dark Territory (1995)": 1,
    "Hard Target (1993)": 1,
    "Demolition Man (1993)": 1,
})

Q("reference", "i cant get enough of westerns like unforgiven", {
    "Tombstone (1993)": 2,
    "The Wild Bunch (1969)": 2,
    "The Good, The Bad and The Ugly (1966)": 2,
    "Once Upon a Time in the West (1969)": 2,
    "Dead Man (1995)": 1,
    "Wyatt Earp (1994)": 1,
    "Dances with Wolves (1990)": 1,
    "Butch Cassidy and the Sundance Kid (1969)": 1,
    "High Noon (1952)": 1,
    "Wild Bill (1995)": 1,
    "The Quick and the Dead (1995)": 1,
    "Young Guns (1988)": 1,
    "Young Guns II (1990)": 1,
    "Geronimo: An American Legend (1993)": 1,
    "Maverick (1994)": 1,
    "Bad Girls (1994)": 1,
})

Q("reference", "Something in the spirit of Casablanca?", {
    "Notorious (1946)": 2,
    "The Third Man (1949)": 2,
    "For Whom the Bell Tolls (1943)": 2,
    "A Farewell to Arms (1932)": 1,
    "The African Queen (1951)": 1,
    "The Maltese Falcon (1941)": 1,
    "The Big Sleep (1946)": 1,
    "Foreign Correspondent (1940)": 1,
    "Gone with the Wind (1939)": 1,
    "Roman Holiday (1953)": 1,
    "An Affair to Remember (1957)": 1,
    "The English Patient (1996)": 1,
    "Beat the Devil (1954)": 1,
    "Golden Earrings (1947)": 1,
})

Q("reference", "jurasic park was awesome!! anything like it", {
    "The Lost World: Jurassic Park (1997)": 2,
    "Jaws (1975)": 2,
    "Congo (1995)": 1,
    "Twister (1996)": 1,
    "Anaconda (1997)": 1,
    "Jumanji (1995)": 1,
    "Independence Day (ID4) (1996)": 1,
    "Raiders of the Lost Ark (1981)": 1,
    "The Abyss (1989)": 1,
    "Dragonheart (1996)": 1,
    "E.T. the Extra-Terrestrial (1982)": 1,
    "Jaws 2 (1978)": 1,
    "The Ghost and the Darkness (1996)": 1,
})

Q("reference", "anything like the princess bride? a funny fairy tale adventure", {
    "Monty Python and the Holy Grail (1974)": 2,
    "Aladdin (1992)": 2,
    "Robin Hood: Men in Tights (1993)": 1,
    "The Adventures of Robin Hood (1938)": 1,
    "Army of Darkness (1993)": 1,
    "Dragonheart (1996)": 1,
    "The Three Musketeers (1993)": 1,
    "Muppet Treasure Island (1996)": 1,
    "Willy Wonka and the Chocolate Factory (1971)": 1,
    "Beauty and the Beast (1991)": 1,
    "The Mark of Zorro (1940)": 1,
})

Q("reference", "big fan of when harry met sally, got anything similar?", {
    "Sleepless in Seattle (1993)": 2,
    "Annie Hall (1977)": 2,
    "Four Weddings and a Funeral (1994)": 2,
    "French Kiss (1995)": 2,
    "Forget Paris (1995)": 2,
    "Manhattan (1979)": 1,
    "The American President (1995)": 1,
    "While You Were Sleeping (1995)": 1,
    "Before Sunrise (1995)": 1,
    "Only You (1994)": 1,
    "My Best Friend's Wedding (1997)": 1,
    "Addicted to Love (1997)": 1,
    "The Truth About Cats & Dogs (1996)": 1,
    "Manhattan Murder Mystery (1993)": 1,
    "Reality Bites (1994)": 1,
    "One Fine Day (1996)": 1,
    "Chasing Amy (1997)": 1,
    "The Apartment (1960)": 1,
})

Q("reference", "Se7en and Silence of the Lambs - any more dark serial killer thrillers?", {
    "Kiss the Girls (1997)": 2,
    "Copycat (1995)": 2,
    "M (1931)": 2,
    "Fallen (1998)": 1,
    "Just Cause (1995)": 1,
    "Switchback (1997)": 1,
    "Kalifornia (1993)": 1,
    "Natural Born Killers (1994)": 1,
    "Psycho (1960)": 1,
    "Cape Fear (1991)": 1,
    "Primal Fear (1996)": 1,
    "Killer: A Journal of Murder (1995)": 1,
    "Basic Instinct (1992)": 1,
    "C'est arrivé près de chez vous (1992)": 1,
    "Butterfly Kiss (1995)": 1,
})

Q("reference", "reservoir dogs type movies. tarantino-ish stuff", {
    "Pulp Fiction (1994)": 2,
    "Jackie Brown (1997)": 2,
    "True Romance (1993)": 2,
    "Killing Zoe (1994)": 2,
    "Things to Do in Denver when You're Dead (1995)": 2,
    "2 Days in the Valley (1996)": 2,
    "From Dusk Till Dawn (1996)": 1,
    "Natural Born Killers (1994)": 1,
    "The Usual Suspects (1995)": 1,
    "Bound (1996)": 1,
    "Get Shorty (1995)": 1,
    "Desperado (1995)": 1,
    "Four Rooms (1995)": 1,
    "Shallow Grave (1994)": 1,
    "Fargo (1996)": 1,
    "Love and a .45 (1994)": 1,
    "Albino Alligator (1996)": 1,
    "Mad Dog Time (1996)": 1,
})

Q("reference", "what would someone who quotes holy grail all day like", {
    "Monty Python's Life of Brian (1979)": 2,
    "A Fish Called Wanda (1988)": 2,
    "Young Frankenstein (1974)": 2,
    "This Is Spinal Tap (1984)": 2,
    "Brazil (1985)": 1,
    "The Princess Bride (1987)": 1,
    "Robin Hood: Men in Tights (1993)": 1,
    "Army of Darkness (1993)": 1,
    "Fierce Creatures (1997)": 1,
    "Duck Soup (1933)": 1,
    "Withnail and I (1987)": 1,
    "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb (1963)": 1,
    "Kids in the Hall: Brain Candy (1996)": 1,
    "Sleeper (1973)": 1,
    "Bananas (1971)": 1,
    "Naked Gun 33 1/3: The Final Insult (1994)": 1,
})

Q("reference", "I loved The Shawshank Redemption. What else would I like?", {
    "In the Name of the Father (1993)": 2,
    "Murder in the First (1995)": 2,
    "Cool Hand Luke (1967)": 2,
    "One Flew Over the Cuckoo's Nest (1975)": 2,
    "Dead Man Walking (1995)": 1,
    "The Great Escape (1963)": 1,
    "Forrest Gump (1994)": 1,
    "Good Will Hunting (1997)": 1,
    "Dead Poets Society (1989)": 1,
    "Sling Blade (1996)": 1,
    "Stand by Me (1986)": 1,
    "Schindler's List (1993)": 1,
    "A Perfect World (1993)": 1,
    "Sleepers (1996)": 1,
})

Q("reference", "something like the lion king and aladdin for movie night with the kids", {
    "Beauty and the Beast (1991)": 2,
    "Hercules (1997)": 2,
    "Pocahontas (1995)": 2,
    "The Hunchback of Notre Dame (1996)": 2,
    "Anastasia (1997)": 2,
    "Toy Story (1995)": 1,
    "The Fox and the Hound (1981)": 1,
    "Oliver & Company (1988)": 1,
    "The Aristocats (1970)": 1,
    "Pinocchio (1940)": 1,
    "Cinderella (1950)": 1,
    "Snow White and the Seven Dwarfs (1937)": 1,
    "Dumbo (1941)": 1,
    "The Swan Princess (1994)": 1,
    "Aladdin and the King of Thieves (1996)": 1,
    "Balto (1995)": 1,
    "Cats Don't Dance (1997)": 1,
    "The Sword in the Stone (1963)": 1,
    "Alice in Wonderland (1951)": 1,
})

Q("reference", "i liked the fugitive, any similar man-on-the-run thrillers", {
    "U.S. Marshalls (1998)": 2,
    "In the Line of Fire (1993)": 2,
    "The Firm (1993)": 2,
    "North by Northwest (1959)": 2,
    "The 39 Steps (1935)": 2,
    "Clear and Present Danger (1994)": 1,
    "Conspiracy Theory (1997)": 1,
    "Air Force One (1997)": 1,
    "Breakdown (1997)": 1,
    "Witness (1985)": 1,
    "Mercury Rising (1998)": 1,
    "The Net (1995)": 1,
    "Nick of Time (1995)": 1,
    "Absolute Power (1997)": 1,
    "The Client (1994)": 1,
    "Red Corner (1997)": 1,
})

Q("reference", "Big fan of Fargo. More Coen-ish stuff?", {
    "Raising Arizona (1987)": 2,
    "Miller's Crossing (1990)": 2,
    "The Hudsucker Proxy (1994)": 2,
    "The Big Lebowski (1998)": 2,
    "Red Rock West (1992)": 2,
    "Shallow Grave (1994)": 2,
    "U Turn (1997)": 1,
    "Grosse Pointe Blank (1997)": 1,
    "Pulp Fiction (1994)": 1,
    "The Grifters (1990)": 1,
    "Things to Do in Denver when You're Dead (1995)": 1,
    "To Die For (1995)": 1,
    "Bound (1996)": 1,
})

Q("reference", "more like star trek 2 wrath of khan", {
    "Star Trek: First Contact (1996)": 2,
    "Star Trek VI: The Undiscovered Country (1991)": 2,
    "Star Trek III: The Search for Spock (1984)": 1,
    "Star Trek IV: The Voyage Home (1986)": 1,
    "Star Trek: Generations (1994)": 1,
    "Star Trek: The Motion Picture (1979)": 1,
    "Star Trek V: The Final Frontier (1989)": 1,
    "Star Wars (1977)": 1,
    "The Empire Strikes Back (1980)": 1,
    "The Hunt for Red October (1990)": 1,
})

Q("reference", "movies like ghost (the patrick swayze one)", {
    "Somewhere in Time (1980)": 2,
    "City of Angels (1998)": 2,
    "The Ghost and Mrs. Muir (1947)": 2,
    "Wings of Desire (1987)": 1,
    "Michael (1996)": 1,
    "Phenomenon (1996)": 1,
    "Field of Dreams (1989)": 1,
    "Dirty Dancing (1987)": 1,
    "The Preacher's Wife (1996)": 1,
}, note="few supernatural romances in the catalogue")

Q("reference", "loved scream, any other slashers that are kinda self-aware?", {
    "Scream 2 (1997)": 2,
    "Wes Craven's New Nightmare (1994)": 2,
    "I Know What You Did Last Summer (1997)": 1,
    "A Nightmare on Elm Street (1984)": 1,
    "April Fool's Day (1986)": 1,
    "Halloween: The Curse of Michael Myers (1995)": 1,
    "The Frighteners (1996)": 1,
    "The Craft (1996)": 1,
})

Q("reference", "anything in the same vein as sense and sensibility", {
    "Persuasion (1995)": 2,
    "Emma (1996)": 2,
    "Little Women (1994)": 2,
    "A Room with a View (1986)": 2,
    "The Age of Innocence (1993)": 1,
    "The Remains of the Day (1993)": 1,
    "Jane Eyre (1996)": 1,
    "Washington Square (1997)": 1,
    "The Wings of the Dove (1997)": 1,
    "The Portrait of a Lady (1996)": 1,
    "Much Ado About Nothing (1993)": 1,
    "Mrs. Brown (Her Majesty, Mrs. Brown) (1997)": 1,
    "Enchanted April (1991)": 1,
    "Cold Comfort Farm (1995)": 1,
    "Anna Karenina (1997)": 1,
    "Twelfth Night (1996)": 1,
})

Q("reference", "usual suspects type movies, where the ending flips everything", {
    "The Game (1997)": 2,
    "Primal Fear (1996)": 2,
    "The Spanish Prisoner (1997)": 2,
    "The Crying Game (1992)": 1,
    "Seven (Se7en) (1995)": 1,
    "Diabolique (1996)": 1,
    "Wild Things (1998)": 1,
    "Vertigo (1958)": 1,
    "Lost Highway (1997)": 1,
    "Twelve Monkeys (1995)": 1,
    "Red Rock West (1992)": 1,
    "Shallow Grave (1994)": 1,
    "Reservoir Dogs (1992)": 1,
})

Q("reference", "more like amadeus", {
    "Immortal Beloved (1994)": 2,
    "Farinelli: il castrato (1994)": 2,
    "Shine (1996)": 1,
    "Thirty-Two Short Films About Glenn Gould (1993)": 1,
    "The Madness of King George (1994)": 1,
    "Ridicule (1996)": 1,
    "Evita (1996)": 1,
    "Total Eclipse (1995)": 1,
    "Surviving Picasso (1996)": 1,
    "Carrington (1995)": 1,
    "Cyrano de Bergerac (1990)": 1,
    "The Doors (1991)": 1,
    "Backbeat (1993)": 1,
})

Q("reference", "what do ppl who like blade runner watch", {
    "Dark City (1998)": 2,
    "Brazil (1985)": 2,
    "Twelve Monkeys (1995)": 2,
    "Strange Days (1995)": 2,
    "Ghost in the Shell (Kokaku kidotai) (1995)": 2,
    "Gattaca (1997)": 1,
    "Alien (1979)": 1,
    "The Terminator (1984)": 1,
    "Akira (1988)": 1,
    "The Fifth Element (1997)": 1,
    "A Clockwork Orange (1971)": 1,
    "Johnny Mnemonic (1995)": 1,
    "2001: A Space Odyssey (1968)": 1,
    "Stalker (1979)": 1,
    "Alphaville (1965)": 1,
    "Escape from New York (1981)": 1,
    "The City of Lost Children (1995)": 1,
})

Q("reference", "my daughter is obsessed with babe (the pig one). what next?", {
    "Homeward Bound: The Incredible Journey (1993)": 2,
    "Fly Away Home (1996)": 2,
    "Homeward Bound II: Lost in San Francisco (1996)": 1,
    "Black Beauty (1994)": 1,
    "Free Willy (1993)": 1,
    "Shiloh (1997)": 1,
    "Lassie (1994)": 1,
    "Gordy (1995)": 1,
    "Fluke (1995)": 1,
    "Balto (1995)": 1,
    "The Fox and the Hound (1981)": 1,
    "101 Dalmatians (1996)": 1,
    "Andre (1994)": 1,
    "Far From Home: The Adventures of Yellow Dog (1995)": 1,
    "A Close Shave (1995)": 1,
})

Q("reference", "something a bit like Schindler's List", {
    "Garden of Finzi-Contini, The (Giardino dei Finzi-Contini, Il) (1970)": 2,
    "Anne Frank Remembered (1995)": 2,
    "Sophie's Choice (1982)": 2,
    "Bent (1997)": 1,
    "Gandhi (1982)": 1,
    "The Killing Fields (1984)": 1,
    "Amistad (1997)": 1,
    "Glory (1989)": 1,
    "In the Name of the Father (1993)": 1,
    "Paradise Road (1997)": 1,
    "Tin Drum, The (Blechtrommel, Die) (1979)": 1,
    "Stalingrad (1993)": 1,
})

# ---------------------------------------------------------------- like_but: "like X but Y" (both parts must hold)

Q("like_but", "like pulp fiction but less violent", {
    "Get Shorty (1995)": 2,
    "The Big Lebowski (1998)": 2,
    "The Sting (1973)": 2,
    "Swingers (1996)": 1,
    "Clerks (1994)": 1,
    "Short Cuts (1993)": 1,
    "Jackie Brown (1997)": 1,
    "A Fish Called Wanda (1988)": 1,
    "Raising Arizona (1987)": 1,
    "The Spanish Prisoner (1997)": 1,
    "Night on Earth (1991)": 1,
    "Four Rooms (1995)": 1,
    "Down by Law (1986)": 1,
})

Q("like_but", "something like Titanic but funnier", {
    "Pretty Woman (1990)": 2,
    "Sabrina (1954)": 2,
    "Sabrina (1995)": 2,
    "Roman Holiday (1953)": 2,
    "It Happened One Night (1934)": 2,
    "An Affair to Remember (1957)": 2,
    "My Fair Lady (1964)": 1,
    "The Philadelphia Story (1940)": 1,
    "The Princess Bride (1987)": 1,
    "French Kiss (1995)": 1,
    "Four Weddings and a Funeral (1994)": 1,
    "While You Were Sleeping (1995)": 1,
}, note="read as a sweeping (often cross-class) romance with more comedy")

Q("like_but", "like star wars but older", {
    "Forbidden Planet (1956)": 2,
    "20,000 Leagues Under the Sea (1954)": 2,
    "The Day the Earth Stood Still (1951)": 1,
    "2001: A Space Odyssey (1968)": 1,
    "Barbarella (1968)": 1,
    "The Adventures of Robin Hood (1938)": 1,
    "The Wizard of Oz (1939)": 1,
    "The Mark of Zorro (1940)": 1,
    "Lawrence of Arabia (1962)": 1,
}, note="few pre-1977 space adventures in the catalogue; swashbucklers and adventure epics count as partial")

Q("like_but", "a jim carrey movie but not slapstick", {
    "The Truman Show (1998)": 2,
    "The Cable Guy (1996)": 1,
    "Batman Forever (1995)": 1,
}, note="catalogue has only these three non-slapstick Carrey films (the rest are Ace Ventura, The Mask, Dumb & Dumber, Liar Liar)")

Q("like_but", "like the shining but newer", {
    "In the Mouth of Madness (1995)": 2,
    "Event Horizon (1997)": 2,
    "Lord of Illusions (1995)": 1,
    "Candyman (1992)": 1,
    "Stephen King's The Langoliers (1995)": 1,
    "Thinner (1996)": 1,
    "The Frighteners (1996)": 1,
    "Wes Craven's New Nightmare (1994)": 1,
    "Night Flier (1997)": 1,
    "Dolores Claiborne (1994)": 1,
    "Apt Pupil (1998)": 1,
    "Amityville II: The Possession (1982)": 1,
})

Q("like_but", "like aladdin but for adults", {
    "The Princess Bride (1987)": 2,
    "Army of Darkness (1993)": 1,
    "Dragonheart (1996)": 1,
    "Raiders of the Lost Ark (1981)": 1,
    "Indiana Jones and the Last Crusade (1989)": 1,
    "Conan the Barbarian (1981)": 1,
    "Highlander (1986)": 1,
    "Wishmaster (1997)": 1,
    "Kull the Conqueror (1997)": 1,
    "Like Water For Chocolate (Como agua para chocolate) (1992)": 1,
}, note="the catalogue has no adult Arabian-nights fantasy; partial answers are adult fantasy/adventure")

Q("like_but", "Like Scream but NOT a comedy, I want to actually be scared", {
    "A Nightmare on Elm Street (1984)": 2,
    "I Know What You Did Last Summer (1997)": 2,
    "Wes Craven's New Nightmare (1994)": 2,
    "Halloween: The Curse of Michael Myers (1995)": 1,
    "Candyman (1992)": 1,
    "Candyman: Farewell to the Flesh (1995)": 1,
    "Psycho (1960)": 1,
    "Carrie (1976)": 1,
    "The Fog (1980)": 1,
})

Q("like_but", "something like groundhog day but more romantic", {
    "Sliding Doors (1998)": 2,
    "Somewhere in Time (1980)": 1,
    "Only You (1994)": 1,
    "It Could Happen to You (1994)": 1,
    "City of Angels (1998)": 1,
    "French Kiss (1995)": 1,
    "While You Were Sleeping (1995)": 1,
    "Sleepless in Seattle (1993)": 1,
    "The Ghost and Mrs. Muir (1947)": 1,
})

Q("like_but", "like braveheart but less gory", {
    "Lawrence of Arabia (1962)": 2,
    "Ben-Hur (1959)": 2,
    "First Knight (1995)": 2,
    "Robin Hood: Prince of Thieves (1991)": 2,
    "The Adventures of Robin Hood (1938)": 2,
    "Rob Roy (1995)": 1,
    "The Last of the Mohicans (1992)": 1,
    "Dances with Wolves (1990)": 1,
    "Henry V (1989)": 1,
    "Legends of the Fall (1994)": 1,
    "The Three Musketeers (1993)": 1,
})

Q("like_but", "like the godfather but a comedy", {
    "Get Shorty (1995)": 2,
    "Bullets Over Broadway (1994)": 2,
    "Mad Dog Time (1996)": 1,
    "Some Like It Hot (1959)": 1,
    "Grosse Pointe Blank (1997)": 1,
}, note="catalogue lacks the mob comedies (Married to the Mob, Prizzi's Honor, The Freshman)")

Q("like_but", "top gun but with submarines", {
    "Crimson Tide (1995)": 2,
    "The Hunt for Red October (1990)": 2,
    "Das Boot (1981)": 2,
    "Down Periscope (1996)": 1,
    "The Abyss (1989)": 1,
}, note="only three real submarine dramas in the catalogue")

Q("like_but", "a woody allen movie but one of his 90s ones", {
    "Mighty Aphrodite (1995)": 2,
    "Everyone Says I Love You (1996)": 2,
    "Deconstructing Harry (1997)": 2,
    "Bullets Over Broadway (1994)": 2,
    "Manhattan Murder Mystery (1993)": 2,
})

Q("like_but", "like raiders of the lost ark but sci-fi", {
    "Star Wars (1977)": 2,
    "The Empire Strikes Back (1980)": 2,
    "Return of the Jedi (1983)": 2,
    "Stargate (1994)": 2,
    "The Fifth Element (1997)": 2,
    "Back to the Future (1985)": 1,
    "The Abyss (1989)": 1,
    "Jurassic Park (1993)": 1,
    "Men in Black (1997)": 1,
    "Independence Day (ID4) (1996)": 1,
    "Lost in Space (1998)": 1,
})

Q("like_but", "like toy story but not a cartoon", {
    "Jumanji (1995)": 2,
    "The Indian in the Cupboard (1995)": 2,
    "Babe (1995)": 1,
    "Home Alone (1990)": 1,
    "Mouse Hunt (1997)": 1,
    "Flubber (1997)": 1,
    "Muppet Treasure Island (1996)": 1,
    "The Santa Clause (1994)": 1,
    "Matilda (1996)": 1,
    "George of the Jungle (1997)": 1,
    "E.T. the Extra-Terrestrial (1982)": 1,
})

Q("like_but", "like the terminator but funnier", {
    "Men in Black (1997)": 2,
    "Demolition Man (1993)": 2,
    "Mars Attacks! (1996)": 1,
    "Army of Darkness (1993)": 1,
    "Last Action Hero (1993)": 1,
    "Back to the Future (1985)": 1,
    "True Lies (1994)": 1,
    "The Fifth Element (1997)": 1,
    "Independence Day (ID4) (1996)": 1,
    "Starship Troopers (1997)": 1,
    "Escape from L.A. (1996)": 1,
    "Judge Dredd (1995)": 1,
})

Q("like_but", "something like babe but with a dog", {
    "Homeward Bound: The Incredible Journey (1993)": 2,
    "Homeward Bound II: Lost in San Francisco (1996)": 2,
    "Shiloh (1997)": 2,
    "Fluke (1995)": 2,
    "Lassie (1994)": 2,
    "Far From Home: The Adventures of Yellow Dog (1995)": 2,
    "101 Dalmatians (1996)": 1,
    "Air Bud (1997)": 1,
    "Balto (1995)": 1,
    "Old Yeller (1957)": 1,
    "The Shaggy Dog (1959)": 1,
    "Oliver & Company (1988)": 1,
    "All Dogs Go to Heaven 2 (1996)": 1,
})

Q("like_but", "like Heat but less shooting and more brains", {
    "The Sting (1973)": 2,
    "The Spanish Prisoner (1997)": 2,
    "Sneakers (1992)": 2,
    "To Catch a Thief (1955)": 2,
    "The Usual Suspects (1995)": 1,
    "The Grifters (1990)": 1,
    "Mission: Impossible (1996)": 1,
    "Charade (1963)": 1,
    "The Underneath (1995)": 1,
    "Absolute Power (1997)": 1,
    "The Newton Boys (1998)": 1,
})

Q("like_but", "like the sound of music but newer", {
    "Bedknobs and Broomsticks (1971)": 2,
    "Victor/Victoria (1982)": 2,
    "Willy Wonka and the Chocolate Factory (1971)": 1,
    "Grease (1978)": 1,
    "Evita (1996)": 1,
    "Everyone Says I Love You (1996)": 1,
    "Beauty and the Beast (1991)": 1,
    "Pete's Dragon (1977)": 1,
    "Grease 2 (1982)": 1,
})

Q("like_but", "jaws but with a different animal", {
    "The Ghost and the Darkness (1996)": 2,
    "Anaconda (1997)": 2,
    "The Birds (1963)": 2,
    "The Edge (1997)": 2,
    "Congo (1995)": 1,
    "Jurassic Park (1993)": 1,
    "The Lost World: Jurassic Park (1997)": 1,
    "Mimic (1997)": 1,
    "Deep Rising (1998)": 1,
    "The Relic (1997)": 1,
})

Q("like_but", "like die hard but with a woman kicking ass", {
    "The Long Kiss Goodnight (1996)": 2,
    "Nikita (La Femme Nikita) (1990)": 2,
    "Aliens (1986)": 2,
    "Terminator 2: Judgment Day (1991)": 1,
    "G.I. Jane (1997)": 1,
    "Barb Wire (1996)": 1,
    "Tank Girl (1995)": 1,
    "The Quick and the Dead (1995)": 1,
    "Alien (1979)": 1,
    "Set It Off (1996)": 1,
})

Q("like_but", "like trainspotting but american", {
    "The Basketball Diaries (1995)": 2,
    "Gridlock'd (1997)": 2,
    "Kids (1995)": 1,
    "Pulp Fiction (1994)": 1,
    "Boogie Nights (1997)": 1,
    "Leaving Las Vegas (1995)": 1,
    "Basquiat (1996)": 1,
    "SubUrbia (1997)": 1,
    "My Own Private Idaho (1991)": 1,
})

Q("like_but", "like speed but on a ship", {
    "Speed 2: Cruise Control (1997)": 2,
    "Under Siege (1992)": 2,
    "Deep Rising (1998)": 1,
    "Crimson Tide (1995)": 1,
    "The Hunt for Red October (1990)": 1,
    "Hard Rain (1998)": 1,
})

Q("like_but", "the lion king but live action", {
    "The Jungle Book (1994)": 2,
    "The Leopard Son (1996)": 2,
    "The Second Jungle Book: Mowgli & Baloo (1997)": 1,
    "Babe (1995)": 1,
    "Homeward Bound: The Incredible Journey (1993)": 1,
    "Free Willy (1993)": 1,
    "George of the Jungle (1997)": 1,
    "Andre (1994)": 1,
    "The Amazing Panda Adventure (1995)": 1,
    "Black Beauty (1994)": 1,
    "Microcosmos: Le peuple de l'herbe (1996)": 1,
})

Q("like_but", "something like casablanca but in colour", {
    "The English Patient (1996)": 2,
    "The African Queen (1951)": 2,
    "For Whom the Bell Tolls (1943)": 2,
    "Gone with the Wind (1939)": 2,
    "To Catch a Thief (1955)": 1,
    "Charade (1963)": 1,
    "An Affair to Remember (1957)": 1,
    "Legends of the Fall (1994)": 1,
    "The Quiet Man (1952)": 1,
    "In Love and War (1996)": 1,
})

Q("like_but", "like the godfather but more recent", {
    "Donnie Brasco (1997)": 2,
    "GoodFellas (1990)": 2,
    "Casino (1995)": 2,
    "A Bronx Tale (1993)": 2,
    "Carlito's Way (1993)": 2,
    "Once Upon a Time in America (1984)": 2,
    "The Funeral (1996)": 2,
    "Miller's Crossing (1990)": 1,
    "King of New York (1990)": 1,
    "Hoodlum (1997)": 1,
    "Last Man Standing (1996)": 1,
    "Little Odessa (1994)": 1,
})
