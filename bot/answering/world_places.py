"""Places the knowledge holds nothing in, for the gazetteer (``places``): a question naming one is about that place.

Without them, a city such as Chicago (a NATO summit's, 2012) was read as an ordinary English word and dropped:
"when was the chicago conference?" answered with Rome's, "when was the chicago summit" with Wales'. Named here,
they get the honest miss ("I have no conference in Chicago."). Not here: cities whose names are ordinary words
or people's names ("Nice", "Split", "Reading", "Florence": a person the knowledge holds). Data only.
"""

#: City -> country: NATO's other summit and command cities, Allies' second cities, and capitals beyond the Alliance.
FARTHER_CITIES: dict[str, str] = {
    "Chicago": "United States", "Norfolk": "United States", "Tampa": "United States", "Los Angeles": "United States",
    "San Francisco": "United States", "Boston": "United States", "Seattle": "United States", "Miami": "United States",
    "Atlanta": "United States", "Houston": "United States", "Dallas": "United States", "Denver": "United States",
    "Philadelphia": "United States", "Baltimore": "United States", "Las Vegas": "United States", "San Diego": "United States",
    "Toronto": "Canada", "Montreal": "Canada", "Vancouver": "Canada", "Halifax": "Canada", "Quebec": "Canada", "Calgary": "Canada",
    "Brunssum": "Netherlands", "Ramstein": "Germany", "Stuttgart": "Germany", "Dresden": "Germany", "Leipzig": "Germany",
    "Dusseldorf": "Germany", "Hanover": "Germany", "Nuremberg": "Germany", "Bremen": "Germany", "Kehl": "Germany",
    "Izmir": "Turkey", "Bydgoszcz": "Poland", "Wroclaw": "Poland", "Poznan": "Poland", "Lodz": "Poland", "Lublin": "Poland",
    "Stavanger": "Norway", "Bergen": "Norway", "Trondheim": "Norway", "Gothenburg": "Sweden", "Malmo": "Sweden",
    "Aarhus": "Denmark", "Tampere": "Finland", "Turku": "Finland", "Sintra": "Portugal", "Noordwijk": "Netherlands",
    "Seville": "Spain", "Valencia": "Spain", "Bilbao": "Spain", "Marseille": "France", "Toulouse": "France", "Bordeaux": "France",
    "Lille": "France", "Rennes": "France", "Basel": "Switzerland", "Lausanne": "Switzerland", "Davos": "Switzerland",
    "Salzburg": "Austria", "Graz": "Austria", "Innsbruck": "Austria", "Venice": "Italy", "Bologna": "Italy",
    "Genoa": "Italy", "Palermo": "Italy", "Bari": "Italy", "Brno": "Czechia", "Ostrava": "Czechia", "Kosice": "Slovakia",
    "Debrecen": "Hungary", "Timisoara": "Romania", "Iasi": "Romania", "Varna": "Bulgaria", "Plovdiv": "Bulgaria",
    "Thessaloniki": "Greece", "Dubrovnik": "Croatia", "Sarajevo": "Bosnia and Herzegovina", "Pristina": "Kosovo",
    "Shkoder": "Albania", "Vlore": "Albania", "Klaipeda": "Lithuania", "Narva": "Estonia", "Daugavpils": "Latvia",
    "Liepaja": "Latvia", "Belfast": "United Kingdom", "Liverpool": "United Kingdom", "Birmingham": "United Kingdom",
    "Bristol": "United Kingdom", "Oxford": "United Kingdom", "Cambridge": "United Kingdom", "Leeds": "United Kingdom",
    "Cheltenham": "United Kingdom", "Cork": "Ireland", "Lviv": "Ukraine", "Kharkiv": "Ukraine", "Odesa": "Ukraine", "Odessa": "Ukraine",
    "Saint Petersburg": "Russia", "St Petersburg": "Russia", "Yerevan": "Armenia", "Baku": "Azerbaijan", "Astana": "Kazakhstan",
    "Nicosia": "Cyprus", "Valletta": "Malta", "Tel Aviv": "Israel", "Jerusalem": "Israel", "Cairo": "Egypt", "Riyadh": "Saudi Arabia",
    "Dubai": "United Arab Emirates", "Abu Dhabi": "United Arab Emirates", "Doha": "Qatar", "Kabul": "Afghanistan", "Baghdad": "Iraq",
    "Damascus": "Syria", "Tehran": "Iran", "Islamabad": "Pakistan", "New Delhi": "India", "Delhi": "India", "Mumbai": "India",
    "Bangalore": "India", "Shanghai": "China", "Hong Kong": "China", "Taipei": "Taiwan", "Singapore": "Singapore",
    "Bangkok": "Thailand", "Jakarta": "Indonesia", "Manila": "Philippines", "Hanoi": "Vietnam", "Kuala Lumpur": "Malaysia",
    "Pyongyang": "North Korea", "Osaka": "Japan", "Sydney": "Australia", "Melbourne": "Australia", "Auckland": "New Zealand",
    "Wellington": "New Zealand", "Mexico City": "Mexico", "Sao Paulo": "Brazil", "Rio de Janeiro": "Brazil", "Brasilia": "Brazil",
    "Buenos Aires": "Argentina", "Santiago": "Chile", "Bogota": "Colombia", "Lima": "Peru", "Johannesburg": "South Africa",
    "Cape Town": "South Africa", "Pretoria": "South Africa", "Nairobi": "Kenya", "Lagos": "Nigeria", "Abuja": "Nigeria",
    "Addis Ababa": "Ethiopia", "Rabat": "Morocco", "Tunis": "Tunisia", "Algiers": "Algeria", "Amman": "Jordan", "Beirut": "Lebanon",
}

#: Country -> its other names and adjectives, for countries beyond ``places.COUNTRIES``.
FARTHER_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Bosnia and Herzegovina": ("bosnia", "bosnian"), "Armenia": ("armenian",), "Azerbaijan": ("azerbaijani", "azeri"),
    "Kazakhstan": ("kazakh",), "Cyprus": ("cypriot",), "Malta": ("maltese",), "Egypt": ("egyptian",), "Saudi Arabia": ("saudi",),
    "United Arab Emirates": ("uae", "emirati"), "Qatar": ("qatari",), "Afghanistan": ("afghan",), "Iraq": ("iraqi",),
    "Syria": ("syrian",), "Pakistan": ("pakistani",), "Taiwan": ("taiwanese",), "Singapore": ("singaporean",),
    "Thailand": ("thai",), "Indonesia": ("indonesian",), "Philippines": ("the philippines", "filipino"), "Vietnam": ("vietnamese",),
    "Malaysia": ("malaysian",), "North Korea": ("dprk", "north korean"), "Mexico": ("mexican",), "Brazil": ("brazilian", "brasil", "brasileiro", "brasileira"),
    "Argentina": ("argentine", "argentinian"), "Chile": ("chilean",), "Colombia": ("colombian",), "Peru": ("peruvian",),
    "South Africa": ("south african",), "Kenya": ("kenyan",), "Nigeria": ("nigerian",), "Ethiopia": ("ethiopian",),
    "Morocco": ("moroccan",), "Tunisia": ("tunisian",), "Algeria": ("algerian",), "Lebanon": ("lebanese",),
}
