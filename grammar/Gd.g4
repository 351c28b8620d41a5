/** gd: a small Python-flavoured language for derivatives and gradient descent. */
grammar Gd;

// INDENT and DEDENT come from gd.parse.Layout, which reads the indentation of each line as
// Python does; the lexer itself never makes them. Layout also ends the input with a NEWLINE.
tokens { INDENT, DEDENT }

program : (NEWLINE | ';' | stat)* EOF ;

stat : simpleLine | compound ;

simpleLine : simple (';'+ simple)* ';'* NEWLINE ;

compound
    : 'if' expr ':' block ('elif' expr ':' block)* ('else' ':' block)?   # If
    | 'while' expr ':' block                                             # While
    | 'for' ID (',' ID)* 'in' expr ':' block                             # For
    | 'def' ID '(' (ID (',' ID)*)? ')' ':' block                         # FnDef
    ;

block : simpleLine | NEWLINE INDENT stat+ DEDENT ;

simple
    : 'params' paramDecl+                                  # Params
    | 'assert' expr (',' expr)?                            # Assert
    | 'return' expr?                                       # Return
    | 'break'                                              # Break
    | 'continue'                                           # Continue
    | 'pass'                                               # Pass
    | ID '(' (ID (',' ID)*)? ')' '=' expr                  # Def
    | ID (',' ID)+ '=' expr                                # Unpack
    | target '=' expr                                      # Assign
    | target op=('+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=') expr  # AugAssign
    | expr                                                 # ExprStat
    ;

// What an assignment can change: a name, or an item of a list or dict held by one (xs[0], d[k][j]).
target : ID ('[' expr ']')* ;

paramDecl : ID ('=' expr)? ;

expr
    : expr '(' args? ')'                                   # Call
    | expr '[' expr ']'                                    # Index
    | expr '[' lo=expr? ':' hi=expr? (':' step=expr?)? ']' # Slice
    | expr '.' (ID | 'params')                             # Attr
    | <assoc=right> expr op=('**' | '^') expr              # Pow
    | op=('-' | '+') expr                                  # Unary
    | expr op=('*' | '/' | '//' | '%') expr                # MulDiv
    | expr op=('+' | '-') expr                             # AddSub
    | expr op=('<' | '<=' | '>' | '>=' | '==' | '!=') expr # Compare
    | 'not' expr                                           # Not
    | expr 'and' expr                                      # And
    | expr 'or' expr                                       # Or
    | <assoc=right> expr 'if' expr 'else' expr             # Cond
    | NUMBER                                               # Number
    | STRING                                               # String
    | FSTRING                                              # FString
    | ('true' | 'false' | 'True' | 'False')                # Bool
    | ID                                                   # Name
    | '(' expr ')'                                         # Parens
    | '[' (expr (compFor+ | (',' expr)* ','?))? ']'        # List
    | '{' (entry (',' entry)* ','?)? '}'                   # Dict
    ;

// A comprehension and a plain list (a generator argument and an argument list) share their
// start, so that the parser decides after the first item, not by looking ahead across it:
// separate alternatives made deeply nested calls cost time growing with the square of the depth.
args : arg (compFor+ | (',' arg)* ','?) ;

arg : (ID '=')? expr ;

compFor : 'for' ID (',' ID)* 'in' expr ('if' expr)* ;

entry : expr ':' expr ;

// The expression in an f-string's {hole}, parsed on its own.
hole : expr EOF ;

NUMBER  : DIGITS ('.' DIGITS?)? EXP? | '.' DIGITS EXP? ;
fragment DIGITS : [0-9] ('_'? [0-9])* ;
fragment EXP    : [eE] [+-]? DIGITS ;
// f"..." is one token; gd.parse.FStrings splits out its {expressions} and parses them.
FSTRING : [fF] '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
        | [fF] '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'' ;
STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
        | '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'' ;
ID      : [a-zA-Z_] [a-zA-Z_0-9]* ;
NEWLINE : '\r'? '\n' ;
COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\f]+ -> skip ;
LINE_JOIN : '\\' '\r'? '\n' -> skip ;
