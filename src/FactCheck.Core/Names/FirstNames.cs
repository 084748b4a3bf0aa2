using System.Collections.Frozen;

namespace FactCheck.Core.Names;

/// Common given names with their usual gender, so that "she" finds "Claudia Sheinbaum" and not "Donald Trump".
internal static class FirstNames
{
    private static readonly string[] MaleNames =
    [
        "Aaron", "Abdul", "Abraham", "Adam", "Adrian", "Ahmed", "Al", "Alan", "Albert", "Alberto", "Alejandro", "Alex",
        "Alexander", "Alexei", "Alfred", "Ali", "Allen", "Alvin", "Amir", "Andre", "Andrew", "Andy", "Angel", "Angelo",
        "Anthony", "Antonio", "Arnold", "Arthur", "Ashton", "Austin", "Barack", "Barry", "Ben", "Benjamin", "Bennie",
        "Bernard", "Bernie", "Bill", "Billy", "Bob", "Bobby", "Boris", "Brad", "Bradley", "Brandon", "Brent", "Brett",
        "Brian", "Bruce", "Bryan", "Buck", "Bud", "Byron", "Calvin", "Carl", "Carlos", "Cesar", "Chad", "Charles",
        "Charlie", "Chip", "Chris", "Christian", "Christopher", "Chuck", "Clarence", "Clark", "Clay", "Clint", "Cody",
        "Colin", "Conrad", "Corey", "Cory", "Craig", "Curt", "Curtis", "Dale", "Dan", "Daniel", "Danny", "Darrell",
        "Dave", "David", "Dean", "Dennis", "Derek", "Devin", "Dick", "Diego", "Dmitry", "Don", "Donald", "Doug",
        "Douglas", "Drew", "Duncan", "Dwayne", "Dwight", "Earl", "Ed", "Eddie", "Edgar", "Eduardo", "Edward", "Elijah",
        "Elon", "Emmanuel", "Enrique", "Eric", "Erik", "Ernest", "Eugene", "Evan", "Felipe", "Fernando", "Francis",
        "Francisco", "Frank", "Franklin", "Fred", "Frederick", "Gabriel", "Gary", "Gavin", "Gene", "George", "Gerald",
        "Gerard", "Glenn", "Gordon", "Grant", "Greg", "Gregory", "Guillermo", "Gustavo", "Guy", "Hank", "Hans", "Harold",
        "Harry", "Harvey", "Hassan", "Hector", "Henry", "Herbert", "Herman", "Howard", "Hugh", "Hugo", "Hunter", "Ian",
        "Isaac", "Ivan", "Jack", "Jackson", "Jacob", "Jaime", "Jake", "James", "Jamie", "Jared", "Jason", "Javier", "Jay",
        "Jeb", "Jeff", "Jeffrey", "Jeremy", "Jerome", "Jerry", "Jesse", "Jesus", "Jim", "Jimmy", "Joe", "Joel", "John",
        "Johnny", "Jon", "Jonathan", "Jordan", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Juan", "Julian", "Justin",
        "Karl", "Keith", "Ken", "Kenneth", "Kevin", "Kurt", "Kyle", "Lamar", "Lance", "Larry", "Lawrence", "Lee", "Leo",
        "Leon", "Leonard", "Lewis", "Lindsey", "Lloyd", "Louis", "Luis", "Luke", "Manuel", "Marco", "Marcus", "Mario",
        "Mark", "Martin", "Marvin", "Matt", "Matthew", "Max", "Michael", "Miguel", "Mike", "Mitch", "Mitt", "Mohammed",
        "Muhammad", "Nathan", "Neil", "Newt", "Nicholas", "Nick", "Nicolas", "Noah", "Norman", "Oliver", "Omar",
        "Oscar", "Owen", "Pablo", "Patrick", "Paul", "Pedro", "Pete", "Peter", "Phil", "Philip", "Phillip", "Rafael",
        "Ralph", "Rand", "Randy", "Raul", "Ray", "Raymond", "Reince", "Reuben", "Ricardo", "Richard", "Rick", "Ricky",
        "Rob", "Robby", "Robert", "Roberto", "Rod", "Roger", "Roland", "Ron", "Ronald", "Ronnie", "Ross", "Roy",
        "Rudy", "Russell", "Ryan", "Salvador", "Sam", "Samuel", "Scott", "Sean", "Sergei", "Sergio", "Seth", "Shaun",
        "Shawn", "Sid", "Simon", "Stan", "Stanley", "Stephen", "Steve", "Steven", "Stuart", "Ted", "Terry", "Theodore",
        "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tommy", "Tony", "Travis", "Trey", "Troy", "Tyler", "Victor",
        "Vincent", "Vladimir", "Wade", "Walter", "Warren", "Wayne", "Wesley", "Will", "William", "Willie", "Xi",
        "Yuri", "Zach", "Zachary",
        // more given names, common in U.S. and international news
        "Abe", "Ahmad", "Alfonso", "Alonzo", "Alton", "Amos", "Andres", "Archie", "Armando", "Arturo", "Barney", "Bart",
        "Beau", "Benny", "Bert", "Brady", "Brendan", "Brock", "Bryce", "Caleb", "Cameron", "Carlton", "Casey", "Cecil",
        "Cedric", "Chester", "Clayton", "Cliff", "Clifford", "Clyde", "Connor", "Cornelius", "Cyrus", "Damian", "Damon",
        "Dante", "Darius", "Darren", "Declan", "Demetrius", "Desmond", "Dexter", "Dominic", "Donnie", "Dustin", "Dylan",
        "Eli", "Elias", "Elliot", "Elliott", "Emil", "Emilio", "Ernesto", "Ethan", "Everett", "Ezra", "Felix", "Floyd",
        "Forrest", "Freddie", "Garrett", "Gil", "Gilbert", "Glen", "Hal", "Hamid", "Harlan", "Heath", "Homer", "Horace",
        "Hubert", "Ira", "Irving", "Isaiah", "Ismael", "Jamal", "Jameson", "Jarrod", "Jasper", "Jeffery", "Jeremiah",
        "Jimmie", "Joaquin", "Jody", "Johnnie", "Jonah", "Josiah", "Julio", "Julius", "Kareem", "Kelvin", "Kendall",
        "Kerry", "Kris", "Laurence", "Leland", "Leroy", "Lester", "Lionel", "Lonnie", "Lorenzo", "Lowell", "Luther",
        "Lyndon", "Malcolm", "Marc", "Marcel", "Maurice", "Melvin", "Micah", "Mick", "Mickey", "Milton", "Moses",
        "Murray", "Myron", "Nate", "Nathaniel", "Ned", "Nigel", "Noel", "Orlando", "Otis", "Otto", "Quentin", "Ramon",
        "Randall", "Reggie", "Reginald", "Rex", "Rhett", "Rickey", "Robbie", "Rocco", "Rodney", "Rodrigo", "Rolando",
        "Ronny", "Rory", "Ruben", "Rufus", "Rupert", "Rush", "Rusty", "Sammy", "Santiago", "Saul", "Sebastian", "Shane",
        "Sheldon", "Sidney", "Solomon", "Sonny", "Tad", "Terrence", "Thad", "Thaddeus", "Tobias", "Toby", "Tomas",
        "Trent", "Tristan", "Tyrone", "Ulysses", "Vernon", "Walt", "Wendell", "Wilbur", "Willard", "Winston", "Woody",
        "Xavier", "Zane", "Zeke", "Abdullah", "Ahmet", "Akira", "Alain", "Anders", "Andrzej", "Angus", "Antoine",
        "Benoit", "Bernd", "Carsten", "Christoph", "Claude", "Cristian", "Dieter", "Dmitri", "Enrico", "Fabio",
        "Francois", "François", "Franz", "Friedrich", "Giorgio", "Giovanni", "Giuseppe", "Gunther", "Hamza", "Hideki",
        "Hiroshi", "Igor", "Ilya", "Jacques", "Jens", "Jochen", "Johan", "Johannes", "Juergen", "Jürgen", "Kenji",
        "Klaus", "Lars", "Laurent", "Lech", "Luca", "Luigi", "Marcelo", "Mateo", "Mauricio", "Mehmet", "Mikhail",
        "Moshe", "Mustafa", "Narendra", "Nikolai", "Olaf", "Pavel", "Pierre", "Rahul", "Recep", "Reza", "Sanjay",
        "Shinzo", "Stefan", "Sven", "Takeshi", "Thierry", "Vikram", "Wolfgang", "Yitzhak", "Yosef", "Yusuf",
    ];

    private static readonly string[] FemaleNames =
    [
        "Abby", "Abigail", "Adriana", "Alexandra", "Alexis", "Alice", "Alicia", "Alison", "Allison", "Amanda", "Amber",
        "Amy", "Ana", "Andrea", "Angela", "Angelina", "Anita", "Ann", "Anna", "Anne", "Annie", "Ashley", "Barbara",
        "Beatriz", "Becky", "Betsy", "Betty", "Beverly", "Brenda", "Brianna", "Bridget", "Brittany", "Camila", "Candace",
        "Carla", "Carly", "Carmen", "Carol", "Caroline", "Carolyn", "Catherine", "Cathy", "Charlotte", "Chelsea",
        "Cheryl", "Christina", "Christine", "Cindy", "Claire", "Claudia", "Colleen", "Connie", "Cynthia", "Daisy",
        "Dana", "Danielle", "Debbie", "Deborah", "Debra", "Denise", "Diana", "Diane", "Dianne", "Donna", "Doris",
        "Dorothy", "Elaine", "Eleanor", "Elena", "Elisabeth", "Elise", "Eliza", "Elizabeth", "Ellen", "Emily", "Emma",
        "Erica", "Erin", "Eva", "Evelyn", "Fatima", "Frances", "Gabriela", "Gail", "Gina", "Gloria", "Grace",
        "Gretchen", "Hannah", "Heather", "Heidi", "Helen", "Hillary", "Hilary", "Holly", "Hope", "Ilhan", "Irene",
        "Isabel", "Isabella", "Ivanka", "Jacqueline", "Jane", "Janet", "Janice", "Jean", "Jeanne", "Jennifer", "Jenny",
        "Jessica", "Jill", "Joan", "Joanna", "Jodi", "Josefina", "Joyce", "Judith", "Judy", "Julia", "Julie", "June",
        "Karen", "Kamala", "Karin", "Kate", "Katherine", "Kathleen", "Kathryn", "Kathy", "Katie", "Kay", "Kayleigh",
        "Kellyanne", "Kelly", "Kim", "Kimberly", "Kirsten", "Kristen", "Kristin", "Laura", "Lauren", "Laurie", "Leah",
        "Leslie", "Lily", "Linda", "Lisa", "Lori", "Lorraine", "Louise", "Lucia", "Lucy", "Lydia", "Lynn", "Madeleine",
        "Maggie", "Margaret", "Maria", "Marie", "Marilyn", "Marine", "Marjorie", "Martha", "Mary", "Maxine", "Megan",
        "Meghan", "Melania", "Melanie", "Melissa", "Michele", "Michelle", "Mildred", "Mindy", "Monica", "Nancy",
        "Naomi", "Natalie", "Nicole", "Nikki", "Nina", "Nora", "Olivia", "Pamela", "Patricia", "Patty", "Paula",
        "Pauline", "Peggy", "Penny", "Phyllis", "Priscilla", "Rachel", "Rebecca", "Regina", "Renee", "Rita", "Roberta",
        "Robin", "Rosa", "Rose", "Ruth", "Sabrina", "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Sharon", "Sheila",
        "Shirley", "Sofia", "Sonia", "Sophia", "Stacey", "Stephanie", "Susan", "Suzanne", "Sylvia", "Tammy", "Tara",
        "Teresa", "Theresa", "Tiffany", "Tina", "Tracy", "Tulsi", "Ursula", "Valerie", "Vanessa", "Veronica",
        "Victoria", "Virginia", "Wanda", "Wendy", "Yolanda", "Yvonne", "Zoe",
        // more given names, common in U.S. and international news
        "Adele", "Agnes", "Aisha", "Alana", "Alexa", "Alma", "Amelia", "Ava", "Audrey", "Bella", "Bernadette", "Bonnie",
        "Brooke", "Caitlin", "Callie", "Cara", "Carolina", "Cassandra", "Cecilia", "Celia", "Chloe", "Christy", "Clara",
        "Cora", "Courtney", "Crystal", "Darlene", "Deanna", "Delores", "Della", "Dolores", "Edith", "Elisa", "Ella",
        "Eloise", "Elsa", "Esther", "Ethel", "Eugenia", "Felicia", "Fiona", "Florence", "Francesca", "Gabrielle",
        "Geraldine", "Gertrude", "Gwen", "Gwendolyn", "Harriet", "Hazel", "Ida", "Ingrid", "Jackie", "Jana", "Jasmine",
        "Jeanette", "Jeannie", "Jenna", "Jocelyn", "Josephine", "Juanita", "Justine", "Kara", "Karina", "Katelyn",
        "Katrina", "Kendra", "Kristina", "Krystal", "Lana", "Latoya", "Laverne", "Lena", "Leticia", "Lillian",
        "Lindsay", "Liz", "Lois", "Lola", "Loretta", "Lorena", "Lucille", "Luisa", "Mabel", "Mackenzie", "Mae", "Mandy",
        "Marcia", "Margarita", "Margo", "Maribel", "Marisa", "Marissa", "Marlene", "Marsha", "Maureen", "Mavis",
        "Melinda", "Mercedes", "Meredith", "Mia", "Miranda", "Miriam", "Molly", "Muriel", "Myra", "Nadia", "Nadine",
        "Natasha", "Nellie", "Noreen", "Norma", "Octavia", "Olga", "Paige", "Patsy", "Rachael", "Ramona", "Raquel",
        "Rhonda", "Rosalind", "Rosemary", "Roxanne", "Sadie", "Selena", "Serena", "Shannon", "Sheryl", "Sherry",
        "Shelby", "Simone", "Stacy", "Stella", "Susana", "Susie", "Suzy", "Tamara", "Tanya", "Tatiana", "Terri",
        "Thelma", "Toni", "Tricia", "Trisha", "Valentina", "Vera", "Vicki", "Vickie", "Viola", "Vivian", "Whitney",
        "Wilma", "Ximena", "Yasmin", "Yvette", "Annalena", "Benazir", "Brigitte", "Christiane", "Claudette", "Dilma",
        "Giorgia", "Golda", "Greta", "Hanna", "Ilse", "Indira", "Jacinda", "Katja", "Kristalina", "Mette", "Segolene",
        "Ségolène", "Yulia",
    ];

    private static readonly FrozenDictionary<string, Gender> Known = Build();
    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// The usual gender of a given name, or <see cref="Gender.Unknown"/> when it is not a known given name.
    public static Gender GenderOf(ReadOnlySpan<char> name) =>
        KnownLookup.TryGetValue(name, out var g) ? g : Gender.Unknown;

    public static bool IsFirstName(ReadOnlySpan<char> name) => KnownLookup.ContainsKey(name);

    private static FrozenDictionary<string, Gender> Build()
    {
        var d = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var n in MaleNames)
            d[n] = Gender.Male;
        foreach (var n in FemaleNames)
            d.TryAdd(n, Gender.Female);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
