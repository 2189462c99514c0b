/// The API's OpenAPI 3.1 description, served at /openapi.json. Kept in code (not a resource
/// bundle) so an installed `dossier` binary carries it; tests validate it with
/// openapi-spec-validator and check the live server against it with schemathesis
/// (scripts/check-openapi).
enum OpenAPIDocument {
    static let bytes: [UInt8] = Array(text.utf8)

    static let text = #"""
        {
         "openapi": "3.1.0",
         "info": {
          "title": "Dossier",
          "version": "1.0.0",
          "description": "Stories, articles, quotes and search. Page lists with next_cursor; errors say what to fix."
         },
         "servers": [{"url": "/"}],
         "components": {
          "schemas": {
           "Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
             "error": {
              "type": "object",
              "required": ["status", "message"],
              "properties": {
               "status": {"type": "integer"},
               "message": {"type": "string", "description": "what to change"}
              }
             }
            }
           },
           "StorySummary": {
            "type": "object",
            "required": [
             "id",
             "title",
             "articles",
             "independent_articles",
             "outlets",
             "languages",
             "first_day",
             "last_day",
             "per_day",
             "recent",
             "url"
            ],
            "properties": {
             "id": {"type": "string"},
             "title": {"type": "string"},
             "articles": {"type": "integer"},
             "independent_articles": {"type": "integer"},
             "outlets": {"type": "array", "items": {"type": "string"}},
             "languages": {"type": "array", "items": {"type": "string"}},
             "first_day": {"type": ["string", "null"]},
             "last_day": {"type": ["string", "null"]},
             "per_day": {
              "type": "array",
              "items": {"type": "integer"},
              "description": "articles per day, first_day to last_day"
             },
             "recent": {"type": "integer", "description": "articles in the last 3 days of the store"},
             "trend": {
              "type": "number",
              "description": "newest day of the store against the 14 days before: (observed - mean) / sqrt(mean)"
             },
             "url": {"type": "string", "description": "the story page"}
            }
           },
           "StoryList": {
            "type": "object",
            "required": ["items", "total", "next_cursor"],
            "properties": {
             "items": {"type": "array", "items": {"$ref": "#/components/schemas/StorySummary"}},
             "total": {"type": "integer", "minimum": 0},
             "next_cursor": {
              "type": ["string", "null"],
              "description": "pass as cursor for the next page; null on the last page"
             }
            }
           },
           "StoryDetail": {
            "type": "object",
            "required": ["summary", "brief", "story"],
            "properties": {
             "summary": {"$ref": "#/components/schemas/StorySummary"},
             "brief": {"type": "object", "description": "the brief as `dossier brief --format json` writes it"},
             "story": {
              "type": "object",
              "description": "the story as `dossier stories` writes it",
              "required": ["id", "title", "articles", "entities", "events", "quotes", "claims", "syndication"],
              "properties": {
               "id": {"type": "string"},
               "title": {"type": "string"},
               "articles": {"type": "array", "items": {"type": "object"}},
               "entities": {"type": "array"},
               "events": {"type": "array"},
               "quotes": {"type": "array"},
               "claims": {"type": "array"},
               "syndication": {"type": "array"}
              }
             }
            }
           },
           "ArticleSummary": {
            "type": "object",
            "required": ["id", "title", "outlet", "published", "language", "url", "source"],
            "properties": {
             "id": {"type": "string"},
             "title": {"type": ["string", "null"]},
             "outlet": {"type": ["string", "null"]},
             "published": {"type": ["string", "null"]},
             "language": {"type": ["string", "null"]},
             "url": {"type": ["string", "null"]},
             "source": {"type": "string"}
            }
           },
           "ArticleList": {
            "type": "object",
            "required": ["items", "total", "next_cursor"],
            "properties": {
             "items": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}},
             "total": {"type": "integer", "minimum": 0},
             "next_cursor": {
              "type": ["string", "null"],
              "description": "pass as cursor for the next page; null on the last page"
             }
            }
           },
           "ArticleDetail": {
            "type": "object",
            "required": ["story_id", "article"],
            "properties": {
             "story_id": {"type": ["string", "null"], "description": "the story the article is in"},
             "article": {
              "type": "object",
              "description": "the record of docs/analyze-record.schema.json",
              "required": ["id", "source", "text", "entities", "quotes", "amounts", "dates"],
              "properties": {
               "id": {"type": "string"},
               "source": {"type": "string"},
               "url": {"type": ["string", "null"]},
               "outlet": {"type": ["string", "null"]},
               "title": {"type": ["string", "null"]},
               "byline": {"type": ["string", "null"]},
               "published": {"type": ["string", "null"]},
               "language": {"type": ["string", "null"]},
               "text": {"type": "string"},
               "removed": {"type": "array", "items": {"type": "string"}},
               "paragraphs": {
                "type": "array",
                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
               },
               "sentences": {
                "type": "array",
                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
               },
               "entities": {"type": "array"},
               "quotes": {"type": "array"},
               "amounts": {"type": "array"},
               "dates": {"type": "array"}
              }
             }
            }
           },
           "SearchHit": {
            "type": "object",
            "required": [
             "kind",
             "article_id",
             "quote_ordinal",
             "title",
             "outlet",
             "published",
             "speaker",
             "snippet",
             "snippet_html",
             "score"
            ],
            "properties": {
             "kind": {"type": "string", "enum": ["article", "quote"]},
             "article_id": {"type": "string"},
             "quote_ordinal": {"type": ["integer", "null"]},
             "title": {"type": ["string", "null"]},
             "outlet": {"type": ["string", "null"]},
             "published": {"type": ["string", "null"]},
             "speaker": {
              "type": ["string", "null"],
              "description": "a quote's speaker as the text designates them: a name or a description"
             },
             "snippet": {"type": "string"},
             "snippet_html": {"type": "string", "description": "escaped, matches in <mark>"},
             "score": {"type": "number", "description": "bm25; lower is better"}
            }
           },
           "SearchResult": {
            "type": "object",
            "required": ["query", "items", "total", "next_cursor", "by_day"],
            "properties": {
             "query": {
              "type": "object",
              "required": ["text", "match", "person", "outlet", "from", "to"],
              "properties": {
               "text": {"type": "string"},
               "match": {"type": ["string", "null"], "description": "the FTS5 expression run"},
               "person": {"type": ["string", "null"]},
               "outlet": {"type": ["string", "null"]},
               "from": {"type": ["string", "null"]},
               "to": {"type": ["string", "null"]}
              }
             },
             "items": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}},
             "total": {"type": "integer"},
             "next_cursor": {"type": ["string", "null"]},
             "by_day": {
              "type": "array",
              "items": {
               "type": "object",
               "required": ["day", "count"],
               "properties": {"day": {"type": "string"}, "count": {"type": "integer"}}
              }
             }
            }
           },
           "Quote": {
            "type": "object",
            "required": ["text", "kind", "speaker", "speaker_description", "article", "span"],
            "properties": {
             "text": {"type": "string"},
             "kind": {"type": "string"},
             "speaker": {
              "type": ["string", "null"],
              "description": "the name the quote is attributed to: a person's quotes are those that name them"
             },
             "speaker_description": {"type": ["string", "null"]},
             "article": {"$ref": "#/components/schemas/ArticleSummary"},
             "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
            }
           },
           "Person": {
            "type": "object",
            "required": ["name", "types", "roles", "aliases", "articles", "stories", "quotes"],
            "properties": {
             "name": {"type": "string"},
             "types": {"type": "array", "items": {"type": "string"}},
             "roles": {"type": "array", "items": {"type": "string"}},
             "aliases": {"type": "array", "items": {"type": "string"}},
             "articles": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}},
             "stories": {
              "type": "array",
              "items": {
               "type": "object",
               "required": ["id", "title"],
               "properties": {"id": {"type": "string"}, "title": {"type": "string"}}
              }
             },
             "quotes": {
              "type": "object",
              "required": ["items", "total", "next_cursor"],
              "properties": {
               "items": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
               "total": {"type": "integer", "minimum": 0},
               "next_cursor": {
                "type": ["string", "null"],
                "description": "pass as cursor for the next page; null on the last page"
               }
              }
             }
            }
           },
           "Record": {
            "type": "object",
            "required": ["text"],
            "description": "a record as in the README's Inputs",
            "properties": {
             "id": {"type": "string", "pattern": "[^\\W_]", "maxLength": 200},
             "title": {"type": "string"},
             "text": {"type": "string", "pattern": "[^\\W_]"},
             "published": {"type": "string"},
             "outlet": {"type": "string"},
             "url": {"type": "string"},
             "authors": {"type": "array", "items": {"type": "string"}},
             "language": {"type": "string"}
            }
           },
           "IngestResult": {
            "type": "object",
            "required": ["added", "replaced", "unchanged", "inputs"],
            "properties": {
             "added": {"type": "integer"},
             "replaced": {"type": "integer"},
             "unchanged": {"type": "integer"},
             "inputs": {
              "type": "array",
              "items": {
               "type": "object",
               "required": ["name", "added", "replaced", "unchanged", "articles", "problems"],
               "properties": {
                "name": {"type": "string"},
                "added": {"type": "integer"},
                "replaced": {"type": "integer"},
                "unchanged": {"type": "integer"},
                "articles": {"type": "array", "items": {"type": "string"}},
                "problems": {
                 "type": "array",
                 "items": {
                  "type": "object",
                  "required": ["input", "problem"],
                  "properties": {"input": {"type": "string"}, "problem": {"type": "string"}}
                 }
                }
               }
              }
             }
            }
           }
          },
          "securitySchemes": {
           "token": {
            "type": "http",
            "scheme": "bearer",
            "description": "the token given to `dossier serve --token` (or DOSSIER_TOKEN)"
           }
          },
          "parameters": {
           "Cursor": {
            "description": "next_cursor of the previous page (an opaque token); omit for the first page",
            "in": "query",
            "name": "cursor",
            "required": false,
            "schema": {"pattern": "^[0-9]{1,7}$", "type": "string"}
           },
           "Limit": {
            "description": "rows per page",
            "in": "query",
            "name": "limit",
            "required": false,
            "schema": {"maximum": 200, "minimum": 1, "type": "integer"}
           }
          },
          "responses": {
           "BadRequest": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            "description": "a parameter is malformed; the message says which and how to fix it"
           },
           "NotFound": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            "description": "no such item"
           },
           "AtomFeed": {
            "content": {"application/atom+xml": {"schema": {"type": "string"}}},
            "description": "an Atom 1.0 feed"
           },
           "ItemList": {
            "content": {
             "application/json": {
              "schema": {
               "properties": {"items": {"items": {"type": "object"}, "type": "array"}, "total": {"type": "integer"}},
               "required": ["items", "total"],
               "type": "object"
              }
             }
            },
            "description": "OK"
           }
          }
         },
         "paths": {
          "/api/stories": {
           "get": {
            "operationId": "listStories",
            "summary": "Stories, filtered and sorted",
            "parameters": [
             {
              "name": "q",
              "in": "query",
              "required": false,
              "description": "words in the title or names in the story",
              "schema": {"type": "string"}
             },
             {
              "name": "outlet",
              "in": "query",
              "required": false,
              "description": "outlet name contains",
              "schema": {"type": "string"}
             },
             {
              "name": "person",
              "in": "query",
              "required": false,
              "description": "a person or organisation the story names",
              "schema": {"type": "string"}
             },
             {
              "name": "lang",
              "in": "query",
              "required": false,
              "description": "language code prefix, such as en",
              "schema": {"type": "string"}
             },
             {
              "name": "from",
              "in": "query",
              "required": false,
              "description": "coverage on or after this day",
              "schema": {"type": "string", "format": "date"}
             },
             {
              "name": "to",
              "in": "query",
              "required": false,
              "description": "coverage on or before this day",
              "schema": {"type": "string", "format": "date"}
             },
             {
              "name": "sort",
              "in": "query",
              "required": false,
              "description": "order",
              "schema": {"type": "string", "enum": ["size", "recent", "trend"]}
             },
             {"$ref": "#/components/parameters/Cursor"},
             {"$ref": "#/components/parameters/Limit"}
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryList"}}}
             },
             "400": {"$ref": "#/components/responses/BadRequest"}
            }
           }
          },
          "/api/stories/{id}": {
           "get": {
            "operationId": "getStory",
            "summary": "One story with its brief",
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "story id from /api/stories",
              "schema": {"type": "string", "minLength": 1}
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryDetail"}}}
             },
             "404": {"$ref": "#/components/responses/NotFound"}
            }
           }
          },
          "/api/articles": {
           "get": {
            "operationId": "listArticles",
            "summary": "Stored articles, newest first",
            "parameters": [{"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Limit"}],
            "responses": {
             "200": {
              "description": "OK",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleList"}}}
             },
             "400": {"$ref": "#/components/responses/BadRequest"}
            }
           },
           "post": {
            "operationId": "addArticles",
            "summary": "Analyse and store reports",
            "description": "JSON records; also any input `dossier ingest` reads (by type or ?filename=).",
            "security": [{"token": []}],
            "parameters": [
             {
              "name": "filename",
              "in": "query",
              "required": false,
              "description": "the input's file name; its extension tells the format",
              "schema": {"type": "string"}
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "oneOf": [
                 {"$ref": "#/components/schemas/Record"},
                 {"type": "array", "items": {"$ref": "#/components/schemas/Record"}, "minItems": 1}
                ]
               }
              }
             }
            },
            "responses": {
             "201": {
              "description": "articles added or replaced",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}
             },
             "200": {
              "description": "everything was already stored",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}
             },
             "400": {
              "description": "empty body",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
             },
             "401": {
              "description": "token missing or wrong",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
             },
             "403": {
              "description": "the server was started without a token, so it takes no writes",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
             },
             "413": {
              "description": "body too large",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
             },
             "422": {
              "description": "no article could be read from the body",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
             },
             "429": {
              "description": "too many writes from this address",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
             }
            }
           }
          },
          "/api/articles/{id}": {
           "get": {
            "operationId": "getArticle",
            "summary": "One article with its annotations",
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "article id",
              "schema": {"type": "string", "minLength": 1}
             }
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleDetail"}}}
             },
             "404": {"$ref": "#/components/responses/NotFound"}
            }
           }
          },
          "/api/search": {
           "get": {
            "operationId": "search",
            "summary": "Full-text search over articles and quotes (FTS5, bm25)",
            "parameters": [
             {
              "name": "q",
              "in": "query",
              "required": true,
              "description": "words, \"phrases\", AND/OR/NOT, (brackets), word*, person:, outlet:, from:, to:",
              "schema": {"type": "string", "pattern": "[^\\W_]"}
             },
             {
              "name": "scope",
              "in": "query",
              "required": false,
              "description": "what to search",
              "schema": {"type": "string", "enum": ["all", "articles", "quotes"]}
             },
             {"$ref": "#/components/parameters/Cursor"},
             {"$ref": "#/components/parameters/Limit"}
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}}
             },
             "400": {"$ref": "#/components/responses/BadRequest"}
            }
           }
          },
          "/api/people/{name}": {
           "get": {
            "operationId": "getPerson",
            "summary": "A person or organisation across the store",
            "parameters": [
             {
              "name": "name",
              "in": "path",
              "required": true,
              "description": "name or alias, any case",
              "schema": {"type": "string", "minLength": 1}
             },
             {"$ref": "#/components/parameters/Cursor"},
             {"$ref": "#/components/parameters/Limit"}
            ],
            "responses": {
             "200": {
              "description": "OK",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Person"}}}
             },
             "400": {"$ref": "#/components/responses/BadRequest"},
             "404": {"$ref": "#/components/responses/NotFound"}
            }
           }
          },
          "/feeds/watchlists/{name}": {
           "get": {
            "operationId": "watchlistFeed",
            "summary": "Atom feed of a watchlist's alerts",
            "parameters": [
             {
              "name": "name",
              "in": "path",
              "required": true,
              "description": "watchlist name",
              "schema": {"type": "string", "minLength": 1}
             }
            ],
            "responses": {
             "200": {"$ref": "#/components/responses/AtomFeed"},
             "404": {"$ref": "#/components/responses/NotFound"}
            }
           }
          },
          "/feeds/stories/{id}": {
           "get": {
            "operationId": "storyFeed",
            "summary": "Atom feed of a story's articles (a watched story id or a story of /api/stories)",
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "description": "story id",
              "schema": {"type": "string", "minLength": 1}
             }
            ],
            "responses": {
             "200": {"$ref": "#/components/responses/AtomFeed"},
             "404": {"$ref": "#/components/responses/NotFound"}
            }
           }
          },
          "/api/sources": {
           "get": {
            "operationId": "listSources",
            "summary": "Sources polled by dossier watch, with their health",
            "responses": {"200": {"$ref": "#/components/responses/ItemList"}}
           }
          },
          "/api/trending": {
           "get": {
            "operationId": "trending",
            "summary": "Watched stories and entities by trend score (last 24 h against the 14 days before)",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object",
                 "required": ["stories", "entities"],
                 "properties": {
                  "stories": {"type": "array", "items": {"type": "object"}},
                  "entities": {"type": "array", "items": {"type": "object"}}
                 }
                }
               }
              }
             }
            }
           }
          },
          "/api/alerts": {
           "get": {
            "operationId": "listAlerts",
            "summary": "Watchlist alerts, newest first: watchlist, story, article, trigger span, sources",
            "parameters": [
             {
              "name": "watchlist",
              "in": "query",
              "required": false,
              "description": "only this watchlist's alerts",
              "schema": {"type": "string"}
             },
             {
              "name": "limit",
              "in": "query",
              "required": false,
              "description": "alerts returned",
              "schema": {"type": "integer", "minimum": 1, "maximum": 200}
             }
            ],
            "responses": {
             "200": {"$ref": "#/components/responses/ItemList"},
             "400": {"$ref": "#/components/responses/BadRequest"}
            }
           }
          },
          "/openapi.json": {
           "get": {
            "operationId": "getOpenAPI",
            "summary": "This document",
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
           }
          }
         }
        }
        """#
}
